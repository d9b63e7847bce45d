-- Stored API answers say what they are about (ids), so erasure and retention
-- delete them with the person or activity instead of searching their text.
-- AlterTable
ALTER TABLE "IdempotencyKey" ADD COLUMN     "activityId" INTEGER,
ADD COLUMN     "personId" INTEGER,
ADD COLUMN     "responseHeaders" JSONB NOT NULL DEFAULT '{}';

-- Answers stored before this migration are all activity answers ({"id", "person": {"id"}, "version"}):
-- link those whose activity and person still exist, and give them back their ETag.
UPDATE "IdempotencyKey" k
SET "activityId" = a.id,
    "personId" = p.id,
    "responseHeaders" = jsonb_build_object('ETag', '"' || (k."responseBody"->>'version') || '"')
FROM "Activity" a, "Person" p
WHERE k."responseStatus" BETWEEN 200 AND 299
  AND jsonb_typeof(k."responseBody") = 'object'
  AND (k."responseBody"->>'id') ~ '^[0-9]{1,9}$'
  AND (k."responseBody"->'person'->>'id') ~ '^[0-9]{1,9}$'
  AND (k."responseBody"->>'version') ~ '^[0-9]{1,9}$'
  AND a.id = (k."responseBody"->>'id')::int
  AND p.id = (k."responseBody"->'person'->>'id')::int;

-- An answer about an activity or person that is gone already cannot be replayed safely: drop it.
DELETE FROM "IdempotencyKey" WHERE "responseStatus" <> 0 AND "activityId" IS NULL;

-- CreateIndex
CREATE INDEX "IdempotencyKey_activityId_idx" ON "IdempotencyKey"("activityId");

-- CreateIndex
CREATE INDEX "IdempotencyKey_personId_idx" ON "IdempotencyKey"("personId");

-- AddForeignKey
ALTER TABLE "IdempotencyKey" ADD CONSTRAINT "IdempotencyKey_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdempotencyKey" ADD CONSTRAINT "IdempotencyKey_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
