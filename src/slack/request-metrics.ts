import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Metrics } from '../observability/metrics';

function kindOf(body: Record<string, unknown>): string {
  if (typeof body.command === 'string') return 'command';
  if (body.type === 'event_callback') {
    const event = body.event as { type?: string } | undefined;
    return `event:${event?.type ?? 'unknown'}`;
  }
  return typeof body.type === 'string' ? body.type : 'unknown';
}

/** Times every Slack request through the listeners, by kind (command, block_actions, …). */
export function requestMetrics(metrics: Metrics): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const stop = metrics.slackRequestSeconds.startTimer({ kind: kindOf(body as Record<string, unknown>) });
    try {
      await next();
      stop({ outcome: 'ok' });
    } catch (error) {
      stop({ outcome: 'error' });
      throw error;
    }
  };
}
