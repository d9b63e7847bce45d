import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnApp } from '../support/app-process';
import { seedPgliteDataDir } from '../support/database-template';
import { FreezableProxy } from '../support/freezable-proxy';
import { SIGNING_SECRET } from '../support/signing-secret';
import { SlackDouble, SlackUserAgent } from '../support/slack-double';
import { createTestDatabase, postgresUrl, type TestDatabase } from '../support/test-database';

jest.setTimeout(240_000);

/** Shaped like a real secret, so the app looks it up in the database (and waits there). */
const WELL_FORMED_TOKEN = `tb_${'x'.repeat(43)}`;

describe('stopping a process whose work is stuck', () => {
  let double: SlackDouble;
  let database: TestDatabase;
  let proxy: FreezableProxy | undefined;
  let dataDir: string;

  beforeAll(async () => {
    double = await SlackDouble.start();
    database = await createTestDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchbase-stop-'));
    // A migrated embedded database, so the process does not run initdb and the migrations first.
    if (database.kind === 'pglite') await seedPgliteDataDir(dataDir);
    if (postgresUrl) {
      const server = new URL(postgresUrl);
      proxy = await FreezableProxy.start({ host: server.hostname, port: Number(server.port || 5432) });
    }
  });
  afterEach(() => proxy?.thaw());
  afterAll(async () => {
    await proxy?.stop();
    await double.stop();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function runningApp() {
    const app = spawnApp({
      SLACK_BOT_TOKEN: double.botToken,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: double.apiUrl,
      PORT: '0',
      DATA_DIR: dataDir,
      ...(database.url ? { DATABASE_URL: proxy ? proxy.urlFor(database.url) : database.url } : {}),
    });
    const running = await app.waitForLog((line) => line.msg === 'Touchbase is running', 120_000);
    const baseUrl = `http://127.0.0.1:${running.port}`;
    // Pooled connections exist, as in a process that has been serving for a while.
    expect((await fetch(`${baseUrl}/readyz`)).status).toBe(200);
    return { app, baseUrl };
  }

  it('exits at once on a second SIGTERM while the first still waits for work in flight', async () => {
    const { app, baseUrl } = await runningApp();
    // Slack does not answer views.open until the test lets it: the listener stays in flight after its ack.
    double.fail('views.open', { hold: true });
    const slack = new SlackUserAgent({
      double,
      signingSecret: SIGNING_SECRET,
      transport: { kind: 'http', url: `${baseUrl}/slack/events` },
    });
    double.addUser({ id: 'UANNA' });
    await slack.slashCommand({ command: '/activity', userId: 'UANNA' });
    await double.whenHeld('views.open');
    app.child.kill('SIGTERM');
    await app.waitForLog((line) => line.msg === 'shutting down');
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(1);
    expect(app.stdout()).toContain('second signal while shutting down: exiting now');
    double.clearFaults();
    double.releaseHeld('views.open');
  });

  if (postgresUrl) {
    it('finishes on SIGTERM within its 10 s budget while PostgreSQL answers nothing', async () => {
      const { app, baseUrl } = await runningApp();
      proxy!.freeze();
      // A request stuck on the database, as at the moment an orchestrator stops the pod.
      const stuck = fetch(`${baseUrl}/api/v1/activities`, {
        headers: { authorization: `Bearer ${WELL_FORMED_TOKEN}` },
      }).catch(() => undefined);
      await proxy!.waitForHeldRequest();
      const signalled = Date.now();
      app.child.kill('SIGTERM');
      expect(await app.exited).toBe(0);
      // The app's own budget is 10 s; the rest is room for a busy machine.
      expect(Date.now() - signalled).toBeLessThan(20_000);
      expect(app.stdout()).toContain('"msg":"stopped with work still running"');
      expect(app.stdout()).toContain('"msg":"stopped"');
      await stuck;
    });
  }
});
