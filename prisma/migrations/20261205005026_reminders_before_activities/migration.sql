-- CreateEnum
CREATE TYPE "ReminderStatus" AS ENUM ('CLAIMED', 'SENT', 'DROPPED', 'SKIPPED', 'FAILED');

-- AlterTable
ALTER TABLE "Employee" ADD COLUMN     "remindersEnabled" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "ActivityType" ADD COLUMN     "reminderLeadMinutes" INTEGER;

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "remindAt" TIMESTAMP(3),
ADD COLUMN     "remindLeadMinutes" INTEGER;

-- CreateTable
CREATE TABLE "ReminderDelivery" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "activityId" INTEGER NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "startAt" TIMESTAMP(3) NOT NULL,
    "remindAt" TIMESTAMP(3) NOT NULL,
    "status" "ReminderStatus" NOT NULL DEFAULT 'CLAIMED',
    "claimedBy" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "channelId" TEXT,
    "messageTs" TEXT,
    "error" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReminderDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReminderDelivery_activityId_status_idx" ON "ReminderDelivery"("activityId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderDelivery_activityId_employeeId_startAt_remindAt_key" ON "ReminderDelivery"("activityId", "employeeId", "startAt", "remindAt");

-- CreateIndex
CREATE INDEX "Activity_remindAt_idx" ON "Activity"("remindAt");

-- AddForeignKey
ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The built-in types' default lead times (product §5.4): meetings and visits remind
-- 15 minutes before, outgoing calls 5; every other type, and admins' own, none.
UPDATE "ActivityType" SET "reminderLeadMinutes" = 15 WHERE key IN ('MEETING', 'VISIT');
UPDATE "ActivityType" SET "reminderLeadMinutes" = 5 WHERE key = 'OUTGOING_CALL';
