import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { HANG_BOUND_MS } from './hang-bound';
import type { JsonObject } from './json';
import type { EnvelopeType, SocketAck } from './types';

export interface EnvelopeOptions {
  timeoutMs?: number;
  retryAttempt?: number;
  retryReason?: string;
}

interface PendingAck {
  resolve: (ack: SocketAck) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

/** Slack pings Socket Mode clients; the client drops a connection that stays silent for 30 s. */
const SERVER_PING_MS = 10_000;

/** The WebSocket side of Socket Mode: hello, envelopes, acks, refresh requests. */
export class SocketModeEndpoint {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly open = new Set<WebSocket>();
  private readonly tickets = new Set<string>();
  private readonly pending = new Map<string, PendingAck>();
  private readonly connectionWaits = new Set<{ check: () => void; abort: () => void }>();
  private readonly pinger: NodeJS.Timeout;
  /** Connections accepted since start, so tests can wait for a reconnect. */
  connections = 0;

  constructor(
    private readonly wsBase: () => string,
    private readonly appId: string,
  ) {
    this.pinger = setInterval(() => {
      for (const s of this.open) s.ping();
    }, SERVER_PING_MS);
    this.pinger.unref();
  }

  get openConnections(): number {
    return this.open.size;
  }

  /** Like Slack's, each URL is good for one connection. */
  issueUrl(): string {
    const ticket = randomUUID();
    this.tickets.add(ticket);
    return `${this.wsBase()}/link/?ticket=${ticket}`;
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://double');
    const ticket = url.searchParams.get('ticket') ?? '';
    if (url.pathname !== '/link/' || !this.tickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
  }

  private accept(ws: WebSocket): void {
    this.open.add(ws);
    this.connections += 1;
    ws.on('message', (data) => this.onAck(String(data)));
    ws.on('close', () => this.open.delete(ws));
    ws.on('error', () => this.open.delete(ws));
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.open.size,
        debug_info: { host: 'slack-double', build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: this.appId },
      }),
    );
    for (const wait of [...this.connectionWaits]) wait.check();
  }

  private onAck(text: string): void {
    let ack: { envelope_id?: unknown; payload?: unknown };
    try {
      ack = JSON.parse(text);
    } catch {
      return;
    }
    const id = typeof ack.envelope_id === 'string' ? ack.envelope_id : '';
    const waiting = this.pending.get(id);
    if (!waiting) return;
    this.pending.delete(id);
    clearTimeout(waiting.timer);
    const payload =
      typeof ack.payload === 'object' && ack.payload !== null ? (ack.payload as JsonObject) : {};
    waiting.resolve({ envelope_id: id, payload });
  }

  waitForConnection(minTotal: number, timeoutMs: number): Promise<void> {
    const ready = () => this.connections >= minTotal && this.open.size > 0;
    if (ready()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const wait = {
        check: () => {
          if (!ready()) return;
          clearTimeout(timer);
          this.connectionWaits.delete(wait);
          resolve();
        },
        abort: () => {
          clearTimeout(timer);
          reject(new Error('Socket Mode: the Slack double was stopped'));
        },
      };
      const timer = setTimeout(() => {
        this.connectionWaits.delete(wait);
        reject(
          new Error(
            `no Socket Mode connection #${minTotal} within ${timeoutMs} ms (${this.connections} so far)`,
          ),
        );
      }, timeoutMs);
      this.connectionWaits.add(wait);
    });
  }

  /** Sends to the newest connection, waiting for one (e.g. during a refresh) within the same timeout. */
  async sendEnvelope(
    type: EnvelopeType,
    payload: JsonObject,
    opts: EnvelopeOptions = {},
  ): Promise<SocketAck> {
    const timeoutMs = opts.timeoutMs ?? HANG_BOUND_MS;
    const started = Date.now();
    await this.waitForConnection(1, timeoutMs);
    const target = [...this.open].at(-1)!;
    const envelopeId = randomUUID();
    const envelope = {
      envelope_id: envelopeId,
      type,
      payload,
      accepts_response_payload: type !== 'events_api',
      retry_attempt: opts.retryAttempt ?? 0,
      retry_reason: opts.retryReason ?? '',
    };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => {
          this.pending.delete(envelopeId);
          reject(new Error(`Socket Mode: no ack for ${type} envelope within ${timeoutMs} ms`));
        },
        Math.max(0, timeoutMs - (Date.now() - started)),
      );
      this.pending.set(envelopeId, { resolve, reject, timer });
      target.send(JSON.stringify(envelope));
    });
  }

  requestRefresh(): void {
    for (const s of this.open) s.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));
  }

  async close(): Promise<void> {
    clearInterval(this.pinger);
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(new Error('Socket Mode: the Slack double was stopped'));
      this.pending.delete(id);
    }
    for (const wait of this.connectionWaits) wait.abort();
    this.connectionWaits.clear();
    await Promise.all([...this.open].map((s) => this.closeGracefully(s)));
    this.open.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  /**
   * A completed close handshake, not a dropped socket: when the app has just called stop(), its
   * Socket Mode client is mid-handshake, and a hard drop makes it start a second 30 s close timer
   * that it never clears, which keeps jest from exiting.
   */
  private closeGracefully(socket: WebSocket): Promise<void> {
    return new Promise((resolve) => {
      const fallback = setTimeout(() => socket.terminate(), 1000);
      socket.once('close', () => {
        clearTimeout(fallback);
        resolve();
      });
      socket.close(1001, 'slack double stopping');
    });
  }
}
