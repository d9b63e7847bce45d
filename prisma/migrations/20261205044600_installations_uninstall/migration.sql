-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "uninstalledAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "WorkspaceErasure" (
    "id" SERIAL NOT NULL,
    "slackTeamId" TEXT NOT NULL,
    "uninstalledAt" TIMESTAMP(3) NOT NULL,
    "erasedAt" TIMESTAMP(3) NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "WorkspaceErasure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkspaceErasure_slackTeamId_idx" ON "WorkspaceErasure"("slackTeamId");

