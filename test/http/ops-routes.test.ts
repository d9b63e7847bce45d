import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import pg from 'pg';
import { keepTestDatabase } from '../support/kept-database';
import { startTestApp, type TestApp } from '../support/test-app';
import { postgresUrl } from '../support/test-database';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';
const bearer = { authorization: `Bearer ${METRICS_TOKEN}` };

/** A port nobody listens on right now, for settings that must name the app's own port. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe('/healthz, /readyz and /metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { METRICS_TOKEN } });
    t.double.addUser({ id: 'UANNA' });
  });
  afterAll(() => t.stop());

  it('/healthz answers 200 while the process lives', async () => {
    const response = await fetch(`${t.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz answers 200 when the database answers and Slack accepted the token', async () => {
    const response = await fetch(`${t.baseUrl}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ database: 'ok', slack: 'ok' });
  });

  it('/metrics reports request latency by kind and Slack API errors in Prometheus format', async () => {
    await t.slack.slashCommand({ command: '/activity', text: 'help', userId: 'UANNA' });
    t.double.fail('views.open', { error: 'invalid_trigger_id' });
    await t.slack.globalShortcut({ userId: 'UANNA', callbackId: 'log_activity' });
    await t.double.waitForCall('views.open');
    // The request is timed when its listener is done, after the failed views.open.
    await t.app.idle();
    const response = await fetch(`${t.baseUrl}/metrics`, { headers: bearer });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const body = await response.text();
    expect(body).toMatch(/touchbase_slack_request_duration_seconds_count\{kind="command",outcome="ok"\} 1/);
    expect(body).toMatch(
      /touchbase_slack_request_duration_seconds_count\{kind="shortcut",outcome="error"\} 1/,
    );
    expect(body).toMatch(
      /touchbase_slack_api_errors_total\{method="views.open",error="invalid_trigger_id"\} 1/,
    );
    expect(body).toMatch(/touchbase_slack_api_calls_total\{method="auth.test"\}/);
    expect(body).toMatch(/touchbase_http_request_duration_seconds_count\{route="\/healthz",status="200"\} 1/);
  });

  it('counts Slack answers that make the client retry', async () => {
    t.double.fail('users.info', { status: 500 });
    t.double.addUser({ id: 'UBERIT' });
    await t.slack.slashCommand({ command: '/activity', text: 'help', userId: 'UBERIT' });
    const body = await (await fetch(`${t.baseUrl}/metrics`, { headers: bearer })).text();
    expect(body).toMatch(/touchbase_slack_api_retries_total\{method="users.info",reason="server_error"\} 1/);
  });

  it('/metrics with METRICS_TOKEN answers only the bearer of that token', async () => {
    const none = await fetch(`${t.baseUrl}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expect(await none.text()).not.toContain('touchbase_');
    const wrong = await fetch(`${t.baseUrl}/metrics`, { headers: { authorization: 'Bearer not-the-token' } });
    expect(wrong.status).toBe(401);
    expect((await fetch(`${t.baseUrl}/metrics`, { headers: bearer })).status).toBe(200);
  });

  it('/readyz answers 503 once the database is gone, while /healthz still answers 200', async () => {
    await t.app.database.close();
    const ready = await fetch(`${t.baseUrl}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ database: 'unreachable' });
    expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
  });
});

// The tests below start an app each (each its own settings), on this one database, emptied for each.
const database = keepTestDatabase();

describe('where /metrics is served', () => {
  it('nowhere on the public port when neither METRICS_PORT nor METRICS_TOKEN is set', async () => {
    const t = await startTestApp({ database });
    try {
      const response = await fetch(`${t.baseUrl}/metrics`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('touchbase_');
      expect(t.app.metricsPort).toBeNull();
      expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
    } finally {
      await t.stop();
    }
  });

  it('on METRICS_PORT, a port of its own, and not on the public port', async () => {
    const t = await startTestApp({ env: { METRICS_PORT: '0' }, database });
    try {
      expect(t.app.metricsPort).not.toBeNull();
      expect(t.app.metricsPort).not.toBe(t.app.port);
      const own = await fetch(`http://127.0.0.1:${t.app.metricsPort}/metrics`);
      expect(own.status).toBe(200);
      expect(await own.text()).toContain('touchbase_slack_api_calls_total');
      expect((await fetch(`${t.baseUrl}/metrics`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${t.app.metricsPort}/healthz`)).status).toBe(404);
    } finally {
      await t.stop();
    }
  });

  it('on METRICS_PORT with METRICS_TOKEN: the token is asked there too', async () => {
    const t = await startTestApp({ env: { METRICS_PORT: '0', METRICS_TOKEN }, database });
    try {
      const url = `http://127.0.0.1:${t.app.metricsPort}/metrics`;
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: bearer })).status).toBe(200);
      expect((await fetch(`${t.baseUrl}/metrics`, { headers: bearer })).status).toBe(404);
    } finally {
      await t.stop();
    }
  });

  it('on the app’s own port, without a token, when METRICS_PORT names that port', async () => {
    const port = String(await freePort());
    const t = await startTestApp({ env: { PORT: port, METRICS_PORT: port }, database });
    try {
      expect(t.app.port).toBe(Number(port));
      expect(t.app.metricsPort).toBe(Number(port));
      expect((await fetch(`${t.baseUrl}/metrics`)).status).toBe(200);
    } finally {
      await t.stop();
    }
  });
});

describe('/readyz and /healthz in Socket Mode', () => {
  it('are served on PORT beside the socket', async () => {
    const t = await startTestApp({ mode: 'socket', env: { METRICS_TOKEN }, database });
    try {
      expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
      expect((await fetch(`${t.baseUrl}/readyz`)).status).toBe(200);
      const metrics = await fetch(`${t.baseUrl}/metrics`, { headers: bearer });
      expect(await metrics.text()).toContain('touchbase_slack_api_calls_total');
    } finally {
      await t.stop();
    }
  });
});

if (postgresUrl) {
  describe('when PostgreSQL drops the app’s connections (restart, failover)', () => {
    it('keeps running and is ready again with fresh connections', async () => {
      const t = await startTestApp();
      try {
        expect((await fetch(`${t.baseUrl}/readyz`)).status).toBe(200);
        const admin = new pg.Client({ connectionString: postgresUrl });
        await admin.connect();
        await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [new URL(t.database.url!).pathname.slice(1)],
        );
        await admin.end();
        // Each answer on a dropped connection removes it from the pool (at most its 10), so an
        // 11th try at the latest runs on a fresh one, however late the pool hears of the drops.
        let status = 0;
        for (let attempt = 0; attempt < 11 && status !== 200; attempt += 1) {
          status = (await fetch(`${t.baseUrl}/readyz`)).status;
        }
        expect(status).toBe(200);
        expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
      } finally {
        await t.stop();
      }
    });
  });
}
