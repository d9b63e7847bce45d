-- CreateIndex
CREATE INDEX "Activity_workspaceId_startAt_idx" ON "Activity"("workspaceId", "startAt");

