-- CreateEnum
CREATE TYPE "ImportJobStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED', 'INTERRUPTED');

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "workspaceId" INTEGER NOT NULL,
    "tokenId" INTEGER,
    "status" "ImportJobStatus" NOT NULL DEFAULT 'RUNNING',
    "locale" TEXT NOT NULL,
    "bytesTotal" INTEGER NOT NULL,
    "bytesRead" INTEGER NOT NULL DEFAULT 0,
    "summary" JSONB,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "problem" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeatAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportJob_status_heartbeatAt_idx" ON "ImportJob"("status", "heartbeatAt");

-- CreateIndex
CREATE INDEX "ImportJob_finishedAt_idx" ON "ImportJob"("finishedAt");

-- CreateIndex
CREATE INDEX "Organization_workspaceId_orgNumber_idx" ON "Organization"("workspaceId", "orgNumber");

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Added by hand (Prisma cannot describe an index on an expression): imports look
-- organizations up by lower-cased name among those not archived.
CREATE INDEX "Organization_workspaceId_lower_name_idx" ON "Organization"("workspaceId", lower("name")) WHERE NOT "archived";
