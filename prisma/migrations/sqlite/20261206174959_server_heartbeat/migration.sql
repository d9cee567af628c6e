-- CreateTable
CREATE TABLE "ServerHeartbeat" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "host" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "seenAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "ServerHeartbeat_seenAt_idx" ON "ServerHeartbeat"("seenAt");

