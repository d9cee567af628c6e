-- CreateIndex
CREATE INDEX "Article_createdAt_id_idx" ON "Article"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Statement_statedOn_id_idx" ON "Statement"("statedOn", "id");

