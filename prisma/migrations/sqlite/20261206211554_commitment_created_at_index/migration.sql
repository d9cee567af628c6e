-- CreateIndex
CREATE INDEX "Commitment_createdAt_idx" ON "Commitment"("createdAt");

