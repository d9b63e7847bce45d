import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';

/** What every job runs with: the logger it logs to (as a child named after it) and the metrics that count its runs. */
export interface JobHost {
  logger: Logger;
  metrics: Metrics;
}

/** What a job is: its name, schedule, one run, and how a failure is told. */
export interface ScheduledJobSpec<T> {
  /** The job's name in logs, metrics (`job` label) and node-cron. */
  name: string;
  /** When it runs, in node-cron syntax (server time). */
  cron: string;
  /** One run, given the job's logger. It only calls a service; what it returns is the run's summary. */
  run: (log: Logger) => Promise<T>;
  /** What a failed run is logged as: what was not done and when it is tried again. */
  failed: string;
  /** `warn` for a job whose failures are someone else's outage (Slack), not our bug; default `error`. */
  failedLevel?: 'warn' | 'error';
  /** Also one run right after start (the profile refresh: a new process should not wait a day). */
  runAtStart?: boolean;
  /** Called when the job stops, before a run in progress is awaited (digests stop claiming). */
  interrupt?: () => void;
}

export interface ScheduledJob<T> {
  /** Schedules the runs. */
  start(): void;
  /**
   * One run now, as a tick would start it (tests, and the app's manual scheduler): the run in
   * progress when there is one (never two at once in a process); null when the run failed
   * (it is logged) or the job is stopping.
   */
  runNow(): Promise<T | null>;
  /** No more runs; the one in progress is interrupted (when the job can be) and awaited. */
  stop(): Promise<void>;
}

/**
 * The one way a job runs on a schedule: a cron tick starts a run unless one is still going in
 * this process (other replicas are kept apart by the job's own claims or locks, not by this);
 * a failed run is logged and counted, and the next tick tries again; stop waits for the run
 * in progress. `touchbase_job_runs_total{job,outcome}` and `touchbase_job_run_seconds{job}`
 * count and time every run.
 */
export function scheduledJob<T>({ logger, metrics }: JobHost, spec: ScheduledJobSpec<T>): ScheduledJob<T> {
  const log = logger.child({ job: spec.name });
  let task: ScheduledTask | undefined;
  let running: Promise<T | null> | undefined;
  let stopped = false;

  const begin = (): Promise<T | null> => {
    const endTimer = metrics.jobRunSeconds.startTimer({ job: spec.name });
    const run = spec
      .run(log)
      .then((result) => {
        metrics.jobRuns.inc({ job: spec.name, outcome: 'done' });
        return result;
      })
      .catch((error: unknown) => {
        metrics.jobRuns.inc({ job: spec.name, outcome: 'failed' });
        log[spec.failedLevel ?? 'error']({ err: error }, spec.failed);
        return null;
      })
      .finally(() => {
        endTimer();
        running = undefined;
      });
    running = run;
    return run;
  };

  const runNow = (): Promise<T | null> => {
    if (stopped) return Promise.resolve(null);
    return running ?? begin();
  };

  const tick = (): Promise<T | null> => {
    if (stopped) return Promise.resolve(null);
    if (running) {
      log.debug('the last run is still going; this tick is skipped');
      return Promise.resolve(null);
    }
    return begin();
  };

  return {
    start() {
      task = cron.schedule(spec.cron, () => tick(), { name: spec.name, noOverlap: true });
      if (spec.runAtStart) void tick();
    },
    runNow,
    async stop() {
      stopped = true;
      await task?.stop();
      spec.interrupt?.();
      await running;
    },
  };
}
