import { type Agent, request } from 'node:http';
import { signRequest } from '../../test/support/slack-double/agent/signing';

export interface TimedAnswer {
  ms: number;
  status: number;
  body: string;
}

/**
 * POSTs a slash command the way Slack does (form body, v0 signature) and times it
 * from sending until the whole answer has arrived. Signing happens before the clock
 * starts: it is the caller's work, not the app's.
 */
export function signedPost(
  url: string,
  agent: Agent,
  signingSecret: string,
  body: string,
): Promise<TimedAnswer> {
  const headers = {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Content-Length': String(Buffer.byteLength(body)),
    ...signRequest(signingSecret, body, Math.floor(Date.now() / 1000)),
  };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { method: 'POST', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () =>
        resolve({
          ms: performance.now() - started,
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
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
