-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "admitMultiChannelGuests" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Employee" ADD COLUMN     "isUltraRestricted" BOOLEAN NOT NULL DEFAULT false;


-- Guests seen before this column existed are read from Slack again on their next
-- request, so a single-channel guest is never taken for a multi-channel one.
UPDATE "Employee" SET "profileRefreshedAt" = NULL WHERE "isRestricted";
