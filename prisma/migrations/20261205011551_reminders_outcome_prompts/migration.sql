-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('BEFORE', 'OUTCOME');

-- DropIndex
DROP INDEX "ReminderDelivery_activityId_employeeId_startAt_remindAt_key";

-- AlterTable
ALTER TABLE "ActivityType" ADD COLUMN     "askOutcome" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "defaultDurationMinutes" INTEGER NOT NULL DEFAULT 30;

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "outcomeAskAt" TIMESTAMP(3),
ADD COLUMN     "outcomePostponed" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ReminderDelivery" ADD COLUMN     "kind" "ReminderKind" NOT NULL DEFAULT 'BEFORE';

-- CreateIndex
CREATE INDEX "Activity_outcomeAskAt_idx" ON "Activity"("outcomeAskAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderDelivery_activityId_kind_employeeId_startAt_remindA_key" ON "ReminderDelivery"("activityId", "kind", "employeeId", "startAt", "remindAt");


-- Meetings and visits ask how they went (product §5.5); every type lasts 30 minutes by default.
UPDATE "ActivityType" SET "askOutcome" = true WHERE key IN ('MEETING', 'VISIT');
