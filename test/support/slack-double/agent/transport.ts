import type { SlackDouble } from '../double';
import type { JsonObject } from '../json';
import type { EnvelopeType } from '../types';
import { ackOf } from './acks';
import { formBody } from './form-body';
import { type AgentResponse, post } from './http-post';
import { type SignatureHeaders, signRequest } from './signing';

export type TransportConfig = { kind: 'http'; url: string } | { kind: 'socket' };

export type Delivery = 'command' | 'interactive' | 'event';

export interface AgentResult extends AgentResponse {
  /** The app's ack payload, the same on both transports; undefined for a bare ack() or a failed request. */
  ack: JsonObject | undefined;
}

export interface RetryInfo {
  retryNum?: number;
  retryReason?: string;
}

const ENVELOPE: Record<Delivery, EnvelopeType> = {
  command: 'slash_commands',
  interactive: 'interactive',
  event: 'events_api',
};

/** How Slack encodes each kind of request on the HTTP wire: the bytes it sends. */
export function encodeBytes(kind: Delivery, payload: JsonObject): { body: Buffer; contentType: string } {
  if (kind === 'event')
    return { body: Buffer.from(JSON.stringify(payload)), contentType: 'application/json' };
  const fields: [string, string][] =
    kind === 'command'
      ? Object.entries(payload).map(([k, v]) => [k, String(v)])
      : [['payload', JSON.stringify(payload)]];
  return { body: formBody(fields), contentType: 'application/x-www-form-urlencoded' };
}

/** The same as text. */
export function encode(kind: Delivery, payload: JsonObject): { body: string; contentType: string } {
  const { body, contentType } = encodeBytes(kind, payload);
  return { body: body.toString(), contentType };
}

/** Delivers requests the way Slack does: signed HTTP POSTs, or Socket Mode envelopes. */
export class Transport {
  constructor(
    private readonly config: TransportConfig,
    private readonly double: SlackDouble,
    private readonly signingSecret: string,
  ) {}

  sign(body: string | Buffer, timestampSec = Math.floor(Date.now() / 1000)): SignatureHeaders {
    return signRequest(this.signingSecret, body, timestampSec);
  }

  async deliver(kind: Delivery, payload: JsonObject, retry: RetryInfo = {}): Promise<AgentResult> {
    if (this.config.kind === 'socket') {
      const ack = await this.double.sendEnvelope(ENVELOPE[kind], payload, {
        retryAttempt: retry.retryNum,
        retryReason: retry.retryNum ? (retry.retryReason ?? 'timeout') : undefined,
      });
      const response = { status: 200, body: ack.payload, headers: {} };
      return { ...response, ack: ackOf(response) };
    }
    const { body, contentType } = encodeBytes(kind, payload);
    const headers: Record<string, string> = { 'Content-Type': contentType, ...this.sign(body) };
    if (retry.retryNum !== undefined) {
      headers['X-Slack-Retry-Num'] = String(retry.retryNum);
      headers['X-Slack-Retry-Reason'] = retry.retryReason ?? 'http_timeout';
    }
    const response = await post(this.config.url, body, headers);
    return { ...response, ack: ackOf(response) };
  }

  /** Sends exactly what the test gives: forged signatures, stale timestamps, broken bodies. */
  rawPost(body: string, headers: Record<string, string>): Promise<AgentResponse> {
    if (this.config.kind !== 'http') throw new Error('rawPost needs the HTTP transport');
    return post(this.config.url, body, headers);
  }

  get isHttp(): boolean {
    return this.config.kind === 'http';
  }
}
