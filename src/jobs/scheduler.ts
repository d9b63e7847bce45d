import cron, { type ScheduledTask } from 'node-cron';
import type { RunSummary } from '../domain/digests/deliver-digests';
import type { Logger } from '../observability/logger';

/**
 * Ticks every minute and runs the digest delivery. A run still going when the next
 * minute comes is not started again in this process (other replicas are kept apart
 * by the claims, not by this). Ticks only call the service.
 */
export class DigestScheduler {
  private task: ScheduledTask | undefined;
  private running: Promise<RunSummary | null> | undefined;
  private stopped = false;

  constructor(
    private readonly deliver: { execute(): Promise<RunSummary>; stop(): void },
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.task = cron.schedule('* * * * *', () => this.tick(), { name: 'digests', noOverlap: true });
  }

  /** One run now; null when one is already running here (or stopping). */
  tick(): Promise<RunSummary | null> {
    if (this.stopped) return Promise.resolve(null);
    if (this.running) {
      this.logger.debug('digest run still going; this tick is skipped');
      return Promise.resolve(null);
    }
    this.running = this.deliver
      .execute()
      .catch((error: unknown) => {
        this.logger.error({ err: error }, 'digest run failed; the next tick tries again');
        return null;
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  /** No more ticks; a run in progress stops claiming, gives back what it has not sent, and is awaited. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.task?.stop();
    this.deliver.stop();
    await this.running;
  }
}
