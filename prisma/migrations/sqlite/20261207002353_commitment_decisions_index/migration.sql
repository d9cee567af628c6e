-- CreateIndex
CREATE INDEX "Commitment_reviewState_type_proposalEdited_confidence_idx" ON "Commitment"("reviewState", "type", "proposalEdited", "confidence");

