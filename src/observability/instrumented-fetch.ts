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
      response = await inner(input, asBytes(init));
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
      countRefusalsWhenRead(response, (error) => metrics.slackApiErrors.inc({ method, error }));
    }
    return response;
  };
}

/**
 * A text body as its UTF-8 bytes, the same bytes fetch would send: fetch checks a text body
 * character by character for lone surrogates and then encodes it, which for the form body of
 * an App Home (its Block Kit percent-encoded) cost more main-thread CPU than the rest of the
 * call's request; Buffer.from encodes it in one native pass, and any lone surrogate becomes
 * U+FFFD either way. The client names the body's content type itself.
 */
function asBytes(init: RequestInit | undefined): RequestInit | undefined {
  if (typeof init?.body !== 'string') return init;
  return { ...init, body: Buffer.from(init.body) };
}

type Answer = { ok?: unknown; error?: unknown } | null;

/**
 * Counts an `ok: false` answer when the client reads the body (as text, which it then
 * parses, or as JSON), instead of cloning the response and parsing a copy of every
 * answer: the clone's stream and the second parse cost CPU on each Slack call (issue 12).
 */
function countRefusalsWhenRead(response: Response, count: (error: string) => void): void {
  const check = (body: Answer) => {
    if (body && typeof body === 'object' && body.ok === false)
      count(typeof body.error === 'string' ? body.error : 'unknown');
  };
  const text = response.text.bind(response);
  const json = response.json.bind(response);
  // Own properties over the prototype's methods (the interface declares them read-only).
  Object.defineProperty(response, 'text', {
    value: async () => {
      const body = await text();
      // Slack's answers begin with their `ok`; only another beginning is worth a parse.
      if (!body.startsWith('{"ok":true')) {
        try {
          check(JSON.parse(body) as Answer);
        } catch {
          // Not JSON: the client reports that itself.
        }
      }
      return body;
    },
  });
  Object.defineProperty(response, 'json', {
    value: async () => {
      const body = (await json()) as Answer;
      check(body);
      return body;
    },
  });
}
