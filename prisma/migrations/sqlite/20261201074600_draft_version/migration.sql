-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_IngestDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "url" TEXT,
    "publishedOn" DATETIME NOT NULL,
    "body" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "proposals" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'open',
    "articleId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "IngestDraft_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_IngestDraft" ("articleId", "body", "createdAt", "createdById", "fingerprint", "id", "outlet", "proposals", "publishedOn", "status", "title", "updatedAt", "url") SELECT "articleId", "body", "createdAt", "createdById", "fingerprint", "id", "outlet", "proposals", "publishedOn", "status", "title", "updatedAt", "url" FROM "IngestDraft";
DROP TABLE "IngestDraft";
ALTER TABLE "new_IngestDraft" RENAME TO "IngestDraft";
CREATE INDEX "IngestDraft_fingerprint_idx" ON "IngestDraft"("fingerprint");
CREATE INDEX "IngestDraft_createdById_status_idx" ON "IngestDraft"("createdById", "status");
CREATE INDEX "IngestDraft_updatedAt_idx" ON "IngestDraft"("updatedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

