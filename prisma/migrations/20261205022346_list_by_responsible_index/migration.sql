-- CreateIndex
CREATE INDEX "Activity_workspaceId_responsibleId_startAt_id_idx" ON "Activity"("workspaceId", "responsibleId", "startAt", "id");

