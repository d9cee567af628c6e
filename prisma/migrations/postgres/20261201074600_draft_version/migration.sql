-- AlterTable
ALTER TABLE "IngestDraft" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "IngestDraft_updatedAt_idx" ON "IngestDraft"("updatedAt");

