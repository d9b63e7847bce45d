-- AlterEnum
ALTER TYPE "ReminderKind" ADD VALUE 'ASSIGNED';

-- AlterEnum
ALTER TYPE "ReminderStatus" ADD VALUE 'HELD';

-- AlterTable
ALTER TABLE "Employee" ADD COLUMN     "workDays" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5]::INTEGER[],
ADD COLUMN     "workEndHour" INTEGER NOT NULL DEFAULT 18,
ADD COLUMN     "workStartHour" INTEGER NOT NULL DEFAULT 8;

-- AlterTable
ALTER TABLE "ReminderDelivery" ADD COLUMN     "actorLabel" TEXT,
ADD COLUMN     "folded" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "ReminderDelivery_status_leaseUntil_idx" ON "ReminderDelivery"("status", "leaseUntil");

-- CreateIndex
CREATE INDEX "ReminderDelivery_employeeId_kind_sentAt_idx" ON "ReminderDelivery"("employeeId", "kind", "sentAt");

-- CreateIndex
CREATE INDEX "ReminderDelivery_channelId_messageTs_idx" ON "ReminderDelivery"("channelId", "messageTs");

