-- Sync feeds that say what is gone (README "REST API"): GET /api/v1/activities and
-- GET /api/v1/persons page in commit order (the writing transaction's id, "changeId",
-- see the activity_change_id migration). A deleted row leaves nothing to page over,
-- so a statement trigger writes a tombstone for every deleted Activity and Person row
-- (purged from the trash, retention, an erasure, a workspace's cascade excepted),
-- stamped with the deleting transaction's id, and the feeds return it in change order.
-- Persons get the same change marker as activities; rows written before keep 0.

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "changeId" BIGINT NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ActivityTombstone" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "activityId" INTEGER NOT NULL,
    "changeId" BIGINT NOT NULL,
    "deletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityTombstone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonTombstone" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "externalId" TEXT,
    "changeId" BIGINT NOT NULL,
    "deletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonTombstone_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActivityTombstone_workspaceId_changeId_activityId_idx" ON "ActivityTombstone"("workspaceId", "changeId", "activityId");

-- CreateIndex
CREATE INDEX "PersonTombstone_workspaceId_changeId_personId_idx" ON "PersonTombstone"("workspaceId", "changeId", "personId");

-- CreateIndex
CREATE INDEX "PersonTombstone_deletedAt_idx" ON "PersonTombstone"("deletedAt");

-- CreateIndex
CREATE INDEX "Person_workspaceId_changeId_id_idx" ON "Person"("workspaceId", "changeId", "id");

-- CreateIndex
CREATE INDEX "Activity_workspaceId_deletedAt_idx" ON "Activity"("workspaceId", "deletedAt");

-- AddForeignKey
ALTER TABLE "ActivityTombstone" ADD CONSTRAINT "ActivityTombstone_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonTombstone" ADD CONSTRAINT "PersonTombstone_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The activity trigger function only sets NEW."changeId": persons use it as it is.
CREATE TRIGGER "Person_changeId"
  BEFORE INSERT OR UPDATE ON "Person"
  FOR EACH ROW EXECUTE FUNCTION touchbase_activity_change_id();

-- Nothing is written while the workspace itself goes (its tombstones go with it).
CREATE OR REPLACE FUNCTION touchbase_activity_tombstones() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    INSERT INTO "ActivityTombstone" ("workspaceId", "activityId", "changeId", "deletedAt")
    SELECT gone."workspaceId", gone."id", pg_current_xact_id()::text::bigint, now() AT TIME ZONE 'UTC'
    FROM gone_activities gone
    WHERE EXISTS (SELECT 1 FROM "Workspace" w WHERE w."id" = gone."workspaceId");
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "Activity_tombstones"
  AFTER DELETE ON "Activity"
  REFERENCING OLD TABLE AS gone_activities
  FOR EACH STATEMENT EXECUTE FUNCTION touchbase_activity_tombstones();

-- The external id is kept (the other system's key to its own record), nothing else of the person.
CREATE OR REPLACE FUNCTION touchbase_person_tombstones() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    INSERT INTO "PersonTombstone" ("workspaceId", "personId", "externalId", "changeId", "deletedAt")
    SELECT gone."workspaceId", gone."id", gone."externalId", pg_current_xact_id()::text::bigint,
           now() AT TIME ZONE 'UTC'
    FROM gone_persons gone
    WHERE EXISTS (SELECT 1 FROM "Workspace" w WHERE w."id" = gone."workspaceId");
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "Person_tombstones"
  AFTER DELETE ON "Person"
  REFERENCING OLD TABLE AS gone_persons
  FOR EACH STATEMENT EXECUTE FUNCTION touchbase_person_tombstones();
