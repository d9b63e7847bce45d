import type { Metrics } from './metrics';

type Fetch = typeof fetch;

function methodOf(input: Parameters<Fetch>[0]): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const path = new URL(url).pathname;
  return path.slice(path.lastIndexOf('/') + 1) || 'unknown';
}

/**
 * The fetch the Slack Web API client uses, counting calls, errors and the answers
 * that make it retry. Reading a clone of the body leaves the client's copy intact.
 */
export function instrumentedFetch(metrics: Metrics, inner: Fetch = fetch): Fetch {
  return async (input, init) => {
    const method = methodOf(input);
    metrics.slackApiCalls.inc({ method });
    let response: Response;
    try {
      response = await inner(input, init);
    } catch (error) {
      metrics.slackApiErrors.inc({ method, error: 'network' });
      throw error;
    }
    if (response.status === 429) {
      metrics.slackApiRetries.inc({ method, reason: 'rate_limited' });
      metrics.slackApiErrors.inc({ method, error: '429' });
    } else if (response.status >= 500) {
      metrics.slackApiRetries.inc({ method, reason: 'server_error' });
      metrics.slackApiErrors.inc({ method, error: String(response.status) });
    } else if (response.status !== 200) {
      metrics.slackApiErrors.inc({ method, error: String(response.status) });
    } else if (response.headers.get('content-type')?.includes('json')) {
      const body = (await response
        .clone()
        .json()
        .catch(() => null)) as { ok?: boolean; error?: string } | null;
      if (body && body.ok === false) metrics.slackApiErrors.inc({ method, error: body.error ?? 'unknown' });
    }
    return response;
  };
}
