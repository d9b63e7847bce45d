import type {
  ImportJobProgress,
  ImportJobRecord,
  NewImportJob,
  StoredImportJobs,
} from '../../domain/imports/import-ports';
import type { PrismaClient } from '../../generated/prisma/client';
import { utcTimestamp } from './digest-delivery-repository';

/** Import jobs (POST /api/v1/import in the background): one row each, progress written as it goes. */
export class ImportJobRepository implements StoredImportJobs {
  constructor(private readonly prisma: PrismaClient) {}

  async create(job: NewImportJob): Promise<ImportJobRecord> {
    const { now, ...values } = job;
    return this.prisma.importJob.create({ data: { ...values, createdAt: now, heartbeatAt: now } });
  }

  find(workspaceId: number, id: string): Promise<ImportJobRecord | null> {
    return this.prisma.importJob.findFirst({ where: { id, workspaceId } });
  }

  /** Writes progress and the heartbeat; false when the job is no longer running (another replica gave it up). */
  async progress(id: string, progress: ImportJobProgress, now: Date): Promise<boolean> {
    const changed = await this.prisma.$executeRaw`
      UPDATE "ImportJob"
      SET "bytesRead" = ${progress.bytesRead}::int, summary = ${JSON.stringify(progress.summary)}::jsonb,
          errors = errors || ${JSON.stringify(progress.newErrors)}::jsonb, "errorCount" = ${progress.errorCount}::int,
          "heartbeatAt" = ${utcTimestamp(now)}
      WHERE id = ${id} AND status = 'RUNNING'`;
    return changed > 0;
  }

  async finish(
    id: string,
    outcome: ImportJobProgress & { status: 'DONE' | 'FAILED' | 'INTERRUPTED'; problem: string | null },
    now: Date,
  ): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE "ImportJob"
      SET status = ${outcome.status}::"ImportJobStatus", "bytesRead" = ${outcome.bytesRead}::int,
          summary = ${JSON.stringify(outcome.summary)}::jsonb,
          errors = errors || ${JSON.stringify(outcome.newErrors)}::jsonb, "errorCount" = ${outcome.errorCount}::int,
          problem = ${outcome.problem}, "heartbeatAt" = ${utcTimestamp(now)}, "finishedAt" = ${utcTimestamp(now)}
      WHERE id = ${id} AND status = 'RUNNING'`;
  }

  /** Running jobs whose process stopped writing before `staleBefore` become INTERRUPTED; answers their ids. */
  async interruptStale(staleBefore: Date, now: Date, id?: string): Promise<string[]> {
    const rows = await this.prisma.importJob.findMany({
      where: { status: 'RUNNING', heartbeatAt: { lt: staleBefore }, ...(id ? { id } : {}) },
      select: { id: true },
    });
    if (rows.length === 0) return [];
    await this.prisma.importJob.updateMany({
      where: { id: { in: rows.map((row) => row.id) }, status: 'RUNNING', heartbeatAt: { lt: staleBefore } },
      data: { status: 'INTERRUPTED', finishedAt: now },
    });
    return rows.map((row) => row.id);
  }

  async deleteFinishedBefore(before: Date): Promise<number> {
    const { count } = await this.prisma.importJob.deleteMany({ where: { finishedAt: { lt: before } } });
    return count;
  }
}
