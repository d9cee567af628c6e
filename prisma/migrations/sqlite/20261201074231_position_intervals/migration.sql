-- CreateTable
CREATE TABLE "PositionInterval" (
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
    CONSTRAINT "PositionInterval_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PositionInterval_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PositionInterval_validUntil_validFrom_idx" ON "PositionInterval"("validUntil", "validFrom");

-- CreateIndex
CREATE INDEX "PositionInterval_type_validUntil_validFrom_idx" ON "PositionInterval"("type", "validUntil", "validFrom");

-- CreateIndex
CREATE INDEX "PositionInterval_commitmentId_idx" ON "PositionInterval"("commitmentId");

-- CreateIndex
CREATE UNIQUE INDEX "PositionInterval_countryCode_type_validFrom_key" ON "PositionInterval"("countryCode", "type", "validFrom");

