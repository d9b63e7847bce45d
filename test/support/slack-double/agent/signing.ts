import { createHmac } from 'node:crypto';

export interface SignatureHeaders {
  'X-Slack-Request-Timestamp': string;
  'X-Slack-Signature': string;
}

/**
 * Slack's v0 request signature: HMAC-SHA256 over `v0:{timestamp}:{raw body}`. The body (text,
 * or the bytes sent) is hashed after the prefix rather than joined to it: no copy of a long body.
 */
export function signRequest(
  signingSecret: string,
  body: string | Buffer,
  timestampSec: number,
): SignatureHeaders {
  const digest = createHmac('sha256', signingSecret).update(`v0:${timestampSec}:`).update(body).digest('hex');
  return { 'X-Slack-Request-Timestamp': String(timestampSec), 'X-Slack-Signature': `v0=${digest}` };
}
