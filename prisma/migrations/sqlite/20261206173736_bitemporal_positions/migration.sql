-- The position history gains recorded time (recordedFrom / recordedUntil). Rows derived before
-- have none, so they are removed; the next start (setupDatabase) finds commitments without a
-- position history and rebuilds both time axes from the commitments and the audit log.
DELETE FROM "PositionInterval";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PositionInterval" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "countryCode" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    "condition" TEXT,
    "commitmentId" TEXT NOT NULL,
    "validFrom" DATETIME NOT NULL,
    "validUntil" DATETIME,
    "contested" BOOLEAN NOT NULL DEFAULT false,
    "isStanceChange" BOOLEAN NOT NULL DEFAULT true,
    "recordedFrom" DATETIME NOT NULL,
    "recordedUntil" DATETIME,
    CONSTRAINT "PositionInterval_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PositionInterval_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_PositionInterval" ("commitmentId", "condition", "contested", "countryCode", "id", "isStanceChange", "stance", "type", "validFrom", "validUntil") SELECT "commitmentId", "condition", "contested", "countryCode", "id", "isStanceChange", "stance", "type", "validFrom", "validUntil" FROM "PositionInterval";
DROP TABLE "PositionInterval";
ALTER TABLE "new_PositionInterval" RENAME TO "PositionInterval";
CREATE INDEX "PositionInterval_recordedUntil_validUntil_validFrom_idx" ON "PositionInterval"("recordedUntil", "validUntil", "validFrom");
CREATE INDEX "PositionInterval_recordedUntil_type_validUntil_validFrom_idx" ON "PositionInterval"("recordedUntil", "type", "validUntil", "validFrom");
CREATE INDEX "PositionInterval_countryCode_type_validFrom_recordedUntil_idx" ON "PositionInterval"("countryCode", "type", "validFrom", "recordedUntil");
CREATE INDEX "PositionInterval_recordedFrom_idx" ON "PositionInterval"("recordedFrom");
CREATE INDEX "PositionInterval_commitmentId_idx" ON "PositionInterval"("commitmentId");
CREATE UNIQUE INDEX "PositionInterval_countryCode_type_validFrom_recordedFrom_key" ON "PositionInterval"("countryCode", "type", "validFrom", "recordedFrom");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

