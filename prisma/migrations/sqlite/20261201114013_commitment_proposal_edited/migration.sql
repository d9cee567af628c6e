-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Commitment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "statementId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    "condition" TEXT,
    "statedOn" DATETIME NOT NULL,
    "reviewState" TEXT NOT NULL DEFAULT 'proposed',
    "confidence" REAL,
    "proposalEdited" BOOLEAN NOT NULL DEFAULT false,
    "cues" TEXT NOT NULL DEFAULT '[]',
    "reviewedById" TEXT,
    "reviewedAt" DATETIME,
    "retractedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Commitment_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Commitment_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Commitment_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Commitment" ("condition", "confidence", "countryCode", "createdAt", "cues", "id", "retractedAt", "reviewState", "reviewedAt", "reviewedById", "stance", "statedOn", "statementId", "type", "updatedAt") SELECT "condition", "confidence", "countryCode", "createdAt", "cues", "id", "retractedAt", "reviewState", "reviewedAt", "reviewedById", "stance", "statedOn", "statementId", "type", "updatedAt" FROM "Commitment";
DROP TABLE "Commitment";
ALTER TABLE "new_Commitment" RENAME TO "Commitment";
CREATE INDEX "Commitment_countryCode_type_reviewState_statedOn_idx" ON "Commitment"("countryCode", "type", "reviewState", "statedOn");
CREATE INDEX "Commitment_type_reviewState_statedOn_idx" ON "Commitment"("type", "reviewState", "statedOn");
CREATE INDEX "Commitment_reviewState_statedOn_idx" ON "Commitment"("reviewState", "statedOn");
CREATE INDEX "Commitment_statementId_idx" ON "Commitment"("statementId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

