-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "enterpriseId" TEXT;

-- AlterTable
ALTER TABLE "Installation" ADD COLUMN     "sharedRegister" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Workspace_enterpriseId_idx" ON "Workspace"("enterpriseId");

