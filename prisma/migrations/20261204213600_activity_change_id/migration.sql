-- A change marker in commit order for the API's sync cursor (GET /activities).
-- Every write stamps the row with the id of its transaction. A reader returns only
-- rows whose marker is below the oldest transaction still running
-- (pg_snapshot_xmin(pg_current_snapshot())), so a change another process has not
-- committed yet can never be overtaken by the cursor, whatever any clock says.
-- Rows written before this migration keep 0: older than every later change.

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "changeId" BIGINT NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Activity_workspaceId_changeId_id_idx" ON "Activity"("workspaceId", "changeId", "id");

CREATE OR REPLACE FUNCTION touchbase_activity_change_id() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    NEW."changeId" := pg_current_xact_id()::text::bigint;
    RETURN NEW;
  END
  $$;

CREATE TRIGGER "Activity_changeId"
  BEFORE INSERT OR UPDATE ON "Activity"
  FOR EACH ROW EXECUTE FUNCTION touchbase_activity_change_id();
