-- One open draft per pasted article (fingerprint) and editor, enforced by the database, so
-- that identical pastes sent at once land on one draft (lib/ingest/drafts.ts). Prisma's schema
-- cannot express a partial index; lib/db/dialect.ts names it among the indexes kept outside it.
-- Duplicates made before this index are closed as 'superseded', keeping the one touched last.
UPDATE "IngestDraft" SET "status" = 'superseded'
WHERE "status" = 'open' AND EXISTS (
  SELECT 1 FROM "IngestDraft" AS "kept"
  WHERE "kept"."status" = 'open'
    AND "kept"."fingerprint" = "IngestDraft"."fingerprint"
    AND "kept"."createdById" = "IngestDraft"."createdById"
    AND ("kept"."updatedAt" > "IngestDraft"."updatedAt"
      OR ("kept"."updatedAt" = "IngestDraft"."updatedAt" AND "kept"."id" > "IngestDraft"."id"))
);
CREATE UNIQUE INDEX "IngestDraft_open_fingerprint_createdById_key" ON "IngestDraft"("fingerprint", "createdById") WHERE "status" = 'open';
