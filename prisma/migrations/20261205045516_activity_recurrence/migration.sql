-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "recurrence" VARCHAR(300),
ADD COLUMN     "seriesId" INTEGER;

-- CreateTable
CREATE TABLE "ActivitySeries" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "rule" VARCHAR(300) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "startAt" TIMESTAMP(3) NOT NULL,
    "durationSeconds" INTEGER,
    "occurrences" INTEGER NOT NULL DEFAULT 1,
    "currentActivityId" INTEGER,
    "slotAt" TIMESTAMP(3) NOT NULL,
    "personId" INTEGER NOT NULL,
    "organizationId" INTEGER,
    "typeId" INTEGER NOT NULL,
    "subject" VARCHAR(150) NOT NULL,
    "responsibleId" INTEGER NOT NULL,
    "notes" VARCHAR(3000),
    "isPrivate" BOOLEAN NOT NULL DEFAULT false,
    "remindLeadMinutes" INTEGER,
    "endedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActivitySeries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ActivitySeries_currentActivityId_key" ON "ActivitySeries"("currentActivityId");

-- CreateIndex
CREATE INDEX "ActivitySeries_workspaceId_idx" ON "ActivitySeries"("workspaceId");

-- CreateIndex
CREATE INDEX "ActivitySeries_personId_idx" ON "ActivitySeries"("personId");

-- CreateIndex
CREATE INDEX "Activity_seriesId_idx" ON "Activity"("seriesId");

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "ActivitySeries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivitySeries" ADD CONSTRAINT "ActivitySeries_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivitySeries" ADD CONSTRAINT "ActivitySeries_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivitySeries" ADD CONSTRAINT "ActivitySeries_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivitySeries" ADD CONSTRAINT "ActivitySeries_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "ActivityType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivitySeries" ADD CONSTRAINT "ActivitySeries_responsibleId_fkey" FOREIGN KEY ("responsibleId") REFERENCES "Employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivitySeries" ADD CONSTRAINT "ActivitySeries_currentActivityId_fkey" FOREIGN KEY ("currentActivityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

