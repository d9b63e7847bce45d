import { type Locale, messages } from '../../i18n';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import {
  type ImportContacts,
  type ImportRowError,
  type ImportSource,
  ImportStopped,
  type ImportSummary,
} from './import-contacts';
import type { ImportJobRecord, StoredImportJobs } from './import-ports';

export type ImportJobStatus = 'running' | 'done' | 'failed' | 'interrupted';

export interface ImportJobView {
  id: string;
  status: ImportJobStatus;
  createdAt: Date;
  finishedAt: Date | null;
  bytesTotal: number;
  bytesRead: number;
  /** Counts so far while running; final when done; what was saved when it failed or was interrupted. */
  summary: ImportSummary | null;
  /** The first IMPORT_JOB_ERRORS_KEPT row errors, in row order. */
  errors: ImportRowError[];
  errorCount: number;
  /** Why it failed or stopped, in the job's language. */
  problem: string | null;
}

/** Row errors a job keeps (the summary counts every refused row). */
export const IMPORT_JOB_ERRORS_KEPT = 1000;
/** A running job's heartbeat is written at least this often while it works… */
const PROGRESS_EVERY_MS = 1000;
/** …so one silent for this long lost its process (a crash, a kill): it is marked interrupted. */
export const IMPORT_JOB_LEASE_MS = 2 * 60_000;
/** Finished jobs are deleted after this long. */
export const IMPORT_JOB_KEPT_DAYS = 7;

const STATUS: Record<ImportJobRecord['status'], ImportJobStatus> = {
  RUNNING: 'running',
  DONE: 'done',
  FAILED: 'failed',
  INTERRUPTED: 'interrupted',
};

export interface StartImportJob {
  id: string;
  workspaceId: number;
  tokenId: number | null;
  locale: Locale;
  bytesTotal: number;
  source: ImportSource;
  /** Called when the job no longer needs its source (the spooled file is deleted). */
  release(): Promise<void>;
}

/**
 * Large API imports as background jobs (README "Importing contacts"): started in
 * the process that received the file, their progress and result kept in the
 * database for every replica. A process that stops gracefully marks its jobs
 * interrupted; one that dies leaves them running without a heartbeat, and they are
 * marked interrupted at the next start or when their status is read after the
 * lease. Interrupted jobs are not resumed: the rows saved stay saved, and sending
 * the file again is safe (saved rows count as unchanged).
 */
export class ImportJobs {
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void> }>();

  constructor(
    private readonly deps: {
      store: StoredImportJobs;
      importer: ImportContacts;
      clock: Clock;
      onUnexpected: (error: unknown, jobId: string) => void;
    },
  ) {}

  async start(input: StartImportJob): Promise<ImportJobView> {
    const now = this.deps.clock.now();
    await this.deps.store.deleteFinishedBefore(new Date(now.getTime() - IMPORT_JOB_KEPT_DAYS * 86_400_000));
    const record = await this.deps.store.create({
      id: input.id,
      workspaceId: input.workspaceId,
      tokenId: input.tokenId,
      locale: input.locale,
      bytesTotal: input.bytesTotal,
      now,
    });
    const controller = new AbortController();
    const done = this.run(input, controller).finally(() => this.running.delete(input.id));
    this.running.set(input.id, { controller, done });
    return view(record);
  }

  async get(workspaceId: number, id: string): Promise<ImportJobView | null> {
    let record = await this.deps.store.find(workspaceId, id);
    if (record?.status === 'RUNNING' && !this.running.has(id)) {
      const now = this.deps.clock.now();
      const staleBefore = new Date(now.getTime() - IMPORT_JOB_LEASE_MS);
      if ((await this.deps.store.interruptStale(staleBefore, now, id)).length > 0)
        record = await this.deps.store.find(workspaceId, id);
    }
    return record ? view(record) : null;
  }

  /** At start: jobs whose process died are marked interrupted. Answers their ids. */
  recover(): Promise<string[]> {
    const now = this.deps.clock.now();
    return this.deps.store.interruptStale(new Date(now.getTime() - IMPORT_JOB_LEASE_MS), now);
  }

  /** At shutdown: running jobs stop after their current batch and are marked interrupted. */
  async stop(): Promise<void> {
    for (const { controller } of this.running.values()) controller.abort(new Error('the app is stopping'));
    await Promise.all([...this.running.values()].map(({ done }) => done));
  }

  get runningCount(): number {
    return this.running.size;
  }

  private async run(input: StartImportJob, controller: AbortController): Promise<void> {
    const { signal } = controller;
    const m = messages(input.locale);
    let kept: ImportRowError[] = [];
    let keptCount = 0;
    let errorCount = 0;
    let bytesRead = 0;
    let lastWrite = Number.NEGATIVE_INFINITY;
    const takeErrors = () => {
      const taken = kept;
      kept = [];
      return taken;
    };
    try {
      const summary = await this.deps.importer.execute(abortable(input.source, signal), {
        workspaceId: input.workspaceId,
        locale: input.locale,
        signal,
        onError: (error) => {
          errorCount++;
          if (keptCount < IMPORT_JOB_ERRORS_KEPT) {
            kept.push(error);
            keptCount++;
          }
        },
        onProgress: async (progress) => {
          bytesRead = progress.bytesRead;
          const now = this.deps.clock.now();
          if (now.getTime() - lastWrite < PROGRESS_EVERY_MS) return;
          lastWrite = now.getTime();
          const running = await this.deps.store.progress(
            input.id,
            { bytesRead, summary: progress.summary, newErrors: takeErrors(), errorCount },
            now,
          );
          // Another replica found the heartbeat old and gave the job up: stop rather than write on.
          if (!running) controller.abort(new Error('the job was marked interrupted'));
        },
      });
      await this.finish(input.id, {
        status: 'DONE',
        outcome: { summary, bytesRead, errorCount, newErrors: takeErrors() },
        problem: null,
      });
    } catch (error) {
      const progress = { bytesRead, errorCount, newErrors: takeErrors() };
      const summary = error instanceof ImportStopped ? error.summary : null;
      if (signal.aborted)
        await this.finish(input.id, {
          status: 'INTERRUPTED',
          outcome: { ...progress, summary },
          problem: null,
        });
      else if (error instanceof ImportStopped) {
        this.deps.onUnexpected(error.reason, input.id);
        await this.finish(input.id, {
          status: 'FAILED',
          outcome: { ...progress, summary },
          problem: m.imports.jobs.stopped(error.row),
        });
      } else if (error instanceof AppError) {
        await this.finish(input.id, {
          status: 'FAILED',
          outcome: { ...progress, summary },
          problem: error.userMessage(m),
        });
      } else {
        this.deps.onUnexpected(error, input.id);
        await this.finish(input.id, {
          status: 'FAILED',
          outcome: { ...progress, summary },
          problem: m.imports.jobs.failed,
        });
      }
    } finally {
      await input.release().catch((error: unknown) => this.deps.onUnexpected(error, input.id));
    }
  }

  private async finish(
    id: string,
    {
      status,
      outcome,
      problem,
    }: {
      status: 'DONE' | 'FAILED' | 'INTERRUPTED';
      outcome: {
        summary: ImportSummary | null;
        bytesRead: number;
        errorCount: number;
        newErrors: ImportRowError[];
      };
      problem: string | null;
    },
  ): Promise<void> {
    try {
      await this.deps.store.finish(
        id,
        { ...outcome, summary: outcome.summary ?? {}, status, problem },
        this.deps.clock.now(),
      );
    } catch (error) {
      // The database is gone too: the job stays RUNNING until its lease runs out, then reads as interrupted.
      this.deps.onUnexpected(error, id);
    }
  }
}

function view(record: ImportJobRecord): ImportJobView {
  const status = STATUS[record.status];
  const summary = record.summary as ImportSummary | null;
  return {
    id: record.id,
    status,
    createdAt: record.createdAt,
    finishedAt: record.finishedAt,
    bytesTotal: record.bytesTotal,
    bytesRead: record.bytesRead,
    summary: summary && 'rows' in summary ? summary : null,
    errors: record.errors as unknown as ImportRowError[],
    errorCount: record.errorCount,
    problem:
      status === 'interrupted'
        ? messages(record.locale === 'sv' ? 'sv' : 'en').imports.jobs.interrupted
        : record.problem,
  };
}

/** The source, but a read waiting when the job is stopped gives up at once. */
function abortable(source: ImportSource, signal: AbortSignal): ImportSource {
  return () => ({
    async *[Symbol.asyncIterator]() {
      const iterator = source()[Symbol.asyncIterator]();
      let onAbort: () => void = () => undefined;
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
      });
      aborted.catch(() => undefined);
      try {
        for (;;) {
          signal.throwIfAborted();
          const next = await Promise.race([iterator.next(), aborted]);
          if (next.done) return;
          yield next.value;
        }
      } finally {
        signal.removeEventListener('abort', onAbort);
        await iterator.return?.();
      }
    },
  });
}
