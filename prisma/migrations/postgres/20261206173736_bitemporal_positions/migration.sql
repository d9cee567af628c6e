-- The position history gains recorded time (recordedFrom / recordedUntil). Rows derived before
-- have none, so they are removed; the next start (setupDatabase) finds commitments without a
-- position history and rebuilds both time axes from the commitments and the audit log.
DELETE FROM "PositionInterval";

-- DropIndex
DROP INDEX "PositionInterval_validUntil_validFrom_idx";

-- DropIndex
DROP INDEX "PositionInterval_type_validUntil_validFrom_idx";

-- DropIndex
DROP INDEX "PositionInterval_countryCode_type_validFrom_key";

-- AlterTable
ALTER TABLE "PositionInterval" ADD COLUMN     "recordedFrom" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "recordedUntil" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "PositionInterval_recordedUntil_validUntil_validFrom_idx" ON "PositionInterval"("recordedUntil", "validUntil", "validFrom");

-- CreateIndex
CREATE INDEX "PositionInterval_recordedUntil_type_validUntil_validFrom_idx" ON "PositionInterval"("recordedUntil", "type", "validUntil", "validFrom");

-- CreateIndex
CREATE INDEX "PositionInterval_countryCode_type_validFrom_recordedUntil_idx" ON "PositionInterval"("countryCode", "type", "validFrom", "recordedUntil");

-- CreateIndex
CREATE INDEX "PositionInterval_recordedFrom_idx" ON "PositionInterval"("recordedFrom");

-- CreateIndex
CREATE UNIQUE INDEX "PositionInterval_countryCode_type_validFrom_recordedFrom_key" ON "PositionInterval"("countryCode", "type", "validFrom", "recordedFrom");

