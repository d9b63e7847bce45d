import pg from 'pg';
import { startTestApp, type TestApp } from '../support/test-app';
import { postgresUrl } from '../support/test-database';

describe('/healthz, /readyz and /metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
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
    const response = await fetch(`${t.baseUrl}/metrics`);
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
    const body = await (await fetch(`${t.baseUrl}/metrics`)).text();
    expect(body).toMatch(/touchbase_slack_api_retries_total\{method="users.info",reason="server_error"\} 1/);
  });

  it('/readyz answers 503 once the database is gone, while /healthz still answers 200', async () => {
    await t.app.database.close();
    const ready = await fetch(`${t.baseUrl}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ database: 'unreachable' });
    expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
  });
});

describe('/readyz and /healthz in Socket Mode', () => {
  it('are served on PORT beside the socket', async () => {
    const t = await startTestApp({ mode: 'socket' });
    try {
      expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
      expect((await fetch(`${t.baseUrl}/readyz`)).status).toBe(200);
      expect(await (await fetch(`${t.baseUrl}/metrics`)).text()).toContain('touchbase_slack_api_calls_total');
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
