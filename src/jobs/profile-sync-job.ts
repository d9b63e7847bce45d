import cron, { type ScheduledTask } from 'node-cron';
import type { SyncProfiles, SyncSummary } from '../domain/employees/sync-profiles';
import type { Workspace } from '../domain/workspaces/workspace';
import type { Logger } from '../observability/logger';

/**
 * Daily at 22:30 UTC: before the first mornings of the day (Asia and Oceania), so
 * the digests of the next day go out in up-to-date time zones everywhere.
 */
const DAILY = '30 22 * * *';

/** The daily profile refresh, and one soon after start. Runs never overlap in a process. */
export class ProfileSyncJob {
  private task: ScheduledTask | undefined;
  private running: Promise<SyncSummary | null> | undefined;

  constructor(
    private readonly sync: SyncProfiles,
    private readonly workspace: () => Promise<Workspace>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.task = cron.schedule(DAILY, () => this.run(), { name: 'profile-sync', noOverlap: true });
    void this.run();
  }

  run(): Promise<SyncSummary | null> {
    if (this.running) return this.running;
    this.running = this.workspace()
      .then((workspace) => this.sync.execute(workspace))
      .then((summary) => {
        this.logger.info(summary, 'employee profiles refreshed from Slack');
        return summary;
      })
      .catch((error: unknown) => {
        this.logger.warn({ err: error }, 'employee profiles could not be refreshed; tomorrow tries again');
        return null;
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  async stop(): Promise<void> {
    await this.task?.stop();
    await this.running;
  }
}
