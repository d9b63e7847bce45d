import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Every metric the app exports at /metrics, in one registry per app instance. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'touchbase_' });
  return {
    registry,
    slackRequestSeconds: new Histogram({
      name: 'touchbase_slack_request_duration_seconds',
      help: 'Time from receiving a Slack request to its listener finishing, by kind',
      labelNames: ['kind', 'outcome'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    httpRequestSeconds: new Histogram({
      name: 'touchbase_http_request_duration_seconds',
      help: 'HTTP requests to the app’s own routes, by route and status',
      labelNames: ['route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    slackApiCalls: new Counter({
      name: 'touchbase_slack_api_calls_total',
      help: 'Slack Web API calls made, by method',
      labelNames: ['method'] as const,
      registers: [registry],
    }),
    slackApiErrors: new Counter({
      name: 'touchbase_slack_api_errors_total',
      help: 'Slack Web API calls that failed, by method and error (HTTP status or Slack error code)',
      labelNames: ['method', 'error'] as const,
      registers: [registry],
    }),
    slackApiRetries: new Counter({
      name: 'touchbase_slack_api_retries_total',
      help: 'Slack Web API answers that make the client retry (429 rate limits and server errors), by method',
      labelNames: ['method', 'reason'] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
