-- Added by hand (Prisma cannot describe a partial index): a team lead's App Home counts each
-- member's unfinished activities, and how many of them are overdue, from this index alone
-- (an index-only scan once vacuum has marked the pages), instead of visiting every open
-- activity's row to see whether it was deleted. Only unfinished, undeleted activities are in it.
CREATE INDEX "Activity_workspaceId_responsibleId_dueAt_open_idx" ON "Activity"("workspaceId", "responsibleId", "dueAt") WHERE "status" IN ('NOT_STARTED', 'IN_PROGRESS') AND "deletedAt" IS NULL;
