import { scheduledJob } from '../../src/jobs/scheduled-job';
import { createLogger } from '../../src/observability/logger';
import { createMetrics } from '../../src/observability/metrics';
import { captureLogs } from '../support/log-capture';

/** A run the test finishes by hand. */
function gate<T>() {
  let open: (value: T) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

/**
 * The one way every cron job runs (src/jobs/scheduled-job.ts): never two runs at once in a
 * process, a failed run logged and counted, stop waits for the run in progress.
 */
describe('scheduledJob', () => {
  const setup = <T>(run: () => Promise<T>, extra: { interrupt?: () => void } = {}) => {
    const { logs, sink } = captureLogs();
    const metrics = createMetrics();
    const job = scheduledJob(
      { logger: createLogger('info', sink), metrics },
      {
        name: 'nightly',
        cron: '15 3 * * *',
        run,
        failed: 'nightly run failed; tomorrow again',
        ...extra,
      },
    );
    const counted = async (outcome: string) =>
      (await metrics.jobRuns.get()).values.find((v) => v.labels.outcome === outcome)?.value ?? 0;
    return { job, logs, counted };
  };

  it('a second run asked for while one is going is that same run, not another', async () => {
    const first = gate<string>();
    let started = 0;
    const { job, counted } = setup(() => {
      started += 1;
      return first.promise;
    });
    const a = job.runNow();
    const b = job.runNow();
    first.open('done once');
    expect(await Promise.all([a, b])).toEqual(['done once', 'done once']);
    expect(started).toBe(1);
    expect(await counted('done')).toBe(1);
  });

  it('a failed run is logged as the job says, counted, and answered with null; the next run goes ahead', async () => {
    let attempt = 0;
    const { job, logs, counted } = setup(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('database gone');
      return attempt;
    });
    expect(await job.runNow()).toBeNull();
    expect(logs).toContainEqual(
      expect.objectContaining({ level: 50, job: 'nightly', msg: 'nightly run failed; tomorrow again' }),
    );
    expect(await counted('failed')).toBe(1);
    expect(await job.runNow()).toBe(2);
  });

  it('stop interrupts and waits for the run in progress, and no run starts after it', async () => {
    const running = gate<string>();
    const interrupted: string[] = [];
    let started = 0;
    const { job } = setup(
      () => {
        started += 1;
        return running.promise;
      },
      { interrupt: () => interrupted.push('interrupted') },
    );
    const inProgress = job.runNow();
    let stopped = false;
    const stopping = job.stop().then(() => {
      stopped = true;
    });
    await Promise.resolve();
    expect(interrupted).toEqual(['interrupted']);
    expect(stopped).toBe(false);
    running.open('finished');
    await stopping;
    expect(await inProgress).toBe('finished');
    expect(await job.runNow()).toBeNull();
    expect(started).toBe(1);
  });
});
