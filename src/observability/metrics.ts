import {
  Counter,
  type CounterConfiguration,
  Gauge,
  Histogram,
  type HistogramConfiguration,
  Registry,
} from 'prom-client';
import { collectRuntimeMetrics } from './runtime-metrics';

/** Every metric the app exports at /metrics, in one registry per app instance. */
export function createMetrics() {
  const registry = new Registry();
  const runtime = collectRuntimeMetrics(registry, 'touchbase_');
  const counter = <Label extends string = never>(
    config: Pick<CounterConfiguration<Label>, 'name' | 'help' | 'labelNames'>,
  ) => new Counter<Label>({ ...config, registers: [registry] });
  const histogram = <Label extends string = never>(
    config: Pick<HistogramConfiguration<Label>, 'name' | 'help' | 'labelNames' | 'buckets'>,
  ) => new Histogram<Label>({ ...config, registers: [registry] });
  return {
    registry,
    /** Ends what the runtime metrics keep running (the app's stop). */
    stop: runtime.stop,
    slackRequestSeconds: histogram({
      name: 'touchbase_slack_request_duration_seconds',
      help: 'Time from receiving a Slack request to its listener finishing, by kind',
      labelNames: ['kind', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    }),
    httpRequestSeconds: histogram({
      name: 'touchbase_http_request_duration_seconds',
      help: 'HTTP requests to the app’s own routes, by route and status',
      labelNames: ['route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    }),
    slackApiCalls: counter({
      name: 'touchbase_slack_api_calls_total',
      help: 'Slack Web API calls made, by method',
      labelNames: ['method'],
    }),
    slackApiErrors: counter({
      name: 'touchbase_slack_api_errors_total',
      help: 'Slack Web API calls that failed, by method and error (HTTP status or Slack error code)',
      labelNames: ['method', 'error'],
    }),
    slackApiRetries: counter({
      name: 'touchbase_slack_api_retries_total',
      help: 'Slack Web API answers that make the client retry (429 rate limits and server errors), by method',
      labelNames: ['method', 'reason'],
    }),
    digestsSent: counter({
      name: 'touchbase_digests_sent_total',
      help: 'Digests posted to Slack, by kind (PERSONAL, TEAM)',
      labelNames: ['kind'],
    }),
    digestsSkipped: counter({
      name: 'touchbase_digests_skipped_total',
      help: 'Digests not sent because there was nothing to say, by kind',
      labelNames: ['kind'],
    }),
    digestsFailed: counter({
      name: 'touchbase_digests_failed_total',
      help: 'Digest attempts given up for now (tried again on a later tick the same day), by kind',
      labelNames: ['kind'],
    }),
    digestsRetried: counter({
      name: 'touchbase_digests_retried_total',
      help: 'Digest posts retried after a 429 or a server/network error, by kind and reason',
      labelNames: ['kind', 'reason'],
    }),
    digestSendSeconds: histogram({
      name: 'touchbase_digest_send_seconds',
      help: 'Time to post one digest, retries and rate-limit waits included, by kind',
      labelNames: ['kind'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    }),
    digestRunSeconds: histogram({
      name: 'touchbase_digest_run_seconds',
      help: 'Duration of one digest run (a scheduler tick)',
      buckets: [0.01, 0.1, 0.5, 1, 5, 15, 60, 300, 900],
    }),
    tokenRefreshes: counter({
      name: 'touchbase_token_refreshes_total',
      help: 'Bot token refresh attempts (token rotation), by outcome (refreshed, refused, failed, taken, not_due)',
      labelNames: ['outcome'],
    }),
    installsNeedingReinstall: new Gauge({
      name: 'touchbase_installs_needing_reinstall',
      help: 'Installs whose token refresh Slack refused: those workspaces are not served until installed again',
      registers: [registry],
    }),
    jobRuns: counter({
      name: 'touchbase_job_runs_total',
      help: 'Runs of the scheduled jobs (digests, profile-sync, retention), by job and outcome (done, failed)',
      labelNames: ['job', 'outcome'],
    }),
    jobRunSeconds: histogram({
      name: 'touchbase_job_run_seconds',
      help: 'Duration of one run of a scheduled job, by job',
      labelNames: ['job'],
      buckets: [0.01, 0.1, 0.5, 1, 5, 15, 60, 300, 900],
    }),
    reminders: new Counter({
      name: 'touchbase_reminders_total',
      help: 'Reminders before an activity, by outcome: sent, held (outside the working time of its recipient), dropped (found too late), skipped (the activity changed), failed (tried again later)',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    reminderLateSeconds: new Histogram({
      name: 'touchbase_reminder_late_seconds',
      help: 'How long after its moment a reminder reached Slack',
      buckets: [1, 5, 15, 30, 60, 120, 300, 900],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
