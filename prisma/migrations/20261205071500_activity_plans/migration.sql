-- CreateEnum
CREATE TYPE "PlanResponsibleKind" AS ENUM ('LAUNCHER', 'USUAL', 'NAMED');

-- CreateTable
CREATE TABLE "ActivityPlan" (
    "id" SERIAL NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActivityPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityPlanStep" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "typeId" INTEGER NOT NULL,
    "subject" VARCHAR(150) NOT NULL,
    "offsetDays" INTEGER NOT NULL,
    "responsibleKind" "PlanResponsibleKind" NOT NULL DEFAULT 'LAUNCHER',
    "responsibleId" INTEGER,

    CONSTRAINT "ActivityPlanStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActivityPlan_workspaceId_archived_name_idx" ON "ActivityPlan"("workspaceId", "archived", "name");

-- CreateIndex
CREATE INDEX "ActivityPlanStep_typeId_idx" ON "ActivityPlanStep"("typeId");

-- CreateIndex
CREATE INDEX "ActivityPlanStep_responsibleId_idx" ON "ActivityPlanStep"("responsibleId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityPlanStep_planId_position_key" ON "ActivityPlanStep"("planId", "position");

-- AddForeignKey
ALTER TABLE "ActivityPlan" ADD CONSTRAINT "ActivityPlan_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityPlanStep" ADD CONSTRAINT "ActivityPlanStep_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActivityPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityPlanStep" ADD CONSTRAINT "ActivityPlanStep_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "ActivityType"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityPlanStep" ADD CONSTRAINT "ActivityPlanStep_responsibleId_fkey" FOREIGN KEY ("responsibleId") REFERENCES "Employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Every existing workspace gets the default plan (product §3.7), named in its language, as
-- a new workspace does (src/domain/plans/default-plan.ts keeps the same steps). Workspaces
-- whose built-in types were removed from the keys get none.
INSERT INTO "ActivityPlan" ("workspaceId", "name", "updatedAt")
SELECT w."id", CASE WHEN w."defaultLocale" = 'sv' THEN 'Ny kund' ELSE 'New customer' END, CURRENT_TIMESTAMP
FROM "Workspace" w
WHERE (SELECT count(*) FROM "ActivityType" t
       WHERE t."workspaceId" = w."id" AND t."key" IN ('OUTGOING_CALL', 'VISIT', 'EMAIL')) = 3;

INSERT INTO "ActivityPlanStep" ("planId", "position", "typeId", "subject", "offsetDays", "responsibleKind")
SELECT p."id", s."position", t."id",
       CASE WHEN w."defaultLocale" = 'sv' THEN s."sv" ELSE s."en" END, s."offsetDays", 'LAUNCHER'
FROM "ActivityPlan" p
JOIN "Workspace" w ON w."id" = p."workspaceId"
CROSS JOIN (VALUES
  (1, 'OUTGOING_CALL', 'Welcome call', 'Välkomstsamtal', 0),
  (2, 'VISIT', 'Visit', 'Besök', 14),
  (3, 'EMAIL', 'Follow-up e-mail', 'Uppföljande e-post', 30)
) AS s("position", "key", "en", "sv", "offsetDays")
JOIN "ActivityType" t ON t."workspaceId" = p."workspaceId" AND t."key" = s."key";
