import { type Agent, request } from 'node:http';
import { signRequest } from '../../test/support/slack-double/agent/signing';

export interface TimedAnswer {
  /** When the request was sent (epoch ms, comparable across threads) and how long its answer took. */
  startedAtMs: number;
  ms: number;
  status: number;
  body: string;
}

/**
 * POSTs a request the way Slack does (a form body, or JSON for events; v0 signature)
 * and times it from sending until the whole answer has arrived. Signing happens before
 * the clock starts: it is the caller's work, not the app's.
 */
export function signedPost(
  url: string,
  agent: Agent,
  signingSecret: string,
  body: string,
): Promise<TimedAnswer> {
  const headers = {
    'Content-Type': body.startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded',
    'Content-Length': String(Buffer.byteLength(body)),
    ...signRequest(signingSecret, body, Math.floor(Date.now() / 1000)),
  };
  const send = (retry: boolean): Promise<TimedAnswer> =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const req = request(url, { method: 'POST', agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            startedAtMs: performance.timeOrigin + started,
            ms: performance.now() - started,
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        // A kept-alive socket the server closed while idle (its keep-alive timeout passed while
        // the other app had its turn) fails before the request reached the app: send it anew.
        if (retry && req.reusedSocket && error.code === 'ECONNRESET') resolve(send(false));
        else reject(error);
      });
      req.end(body);
    });
  return send(true);
}

/** The answer Slack would show: HTTP 200 with an ephemeral message that has text. */
export function isEphemeralAnswer(answer: TimedAnswer): boolean {
  if (answer.status !== 200) return false;
  try {
    const ack = JSON.parse(answer.body) as { response_type?: unknown; text?: unknown };
    return ack.response_type === 'ephemeral' && typeof ack.text === 'string' && ack.text.length > 0;
  } catch {
    return false;
  }
}

/** A block_suggestion answer Slack accepts: HTTP 200 with an options list (no match is a valid answer). */
export function isOptionsAnswer(answer: TimedAnswer): boolean {
  if (answer.status !== 200) return false;
  try {
    const ack = JSON.parse(answer.body) as { options?: unknown };
    return Array.isArray(ack.options);
  } catch {
    return false;
  }
}

/** An ack whose result comes through the Web API: HTTP 200, whatever the body. */
export function isOkAnswer(answer: TimedAnswer): boolean {
  return answer.status === 200;
}
