import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnApp } from '../support/app-process';
import { seedPgliteDataDir } from '../support/database-template';
import { SIGNING_SECRET } from '../support/signing-secret';
import { SlackDouble, SlackUserAgent } from '../support/slack-double';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

jest.setTimeout(240_000);

describe('starting without a usable configuration', () => {
  it('names every problem and how to fix it, exits 1, prints no stack trace', async () => {
    const app = spawnApp({ PORT: 'eighty', DEFAULT_LOCALE: 'de', DATABASE_URL: 'mysql://db/x' });
    expect(await app.exited).toBe(1);
    const message = app.stderr();
    expect(message).toContain('SLACK_BOT_TOKEN is required');
    expect(message).toContain('SLACK_SIGNING_SECRET is required in HTTP mode');
    expect(message).toContain('SLACK_APP_TOKEN');
    expect(message).toContain('PORT must be a port number');
    expect(message).toContain('DEFAULT_LOCALE must be sv or en');
    expect(message).toContain('DATABASE_URL must start with postgresql://');
    expect(message).toContain('.env.example');
    expect(message).not.toMatch(/\n\s+at /);
  });

  it('says so before loading the app: no Slack, database or Prisma module is loaded first', async () => {
    // A configuration error must not wait for the second or so the app's modules take to load.
    const probe = path.join(__dirname, '..', 'support', 'report-loaded-modules.js');
    const app = spawnApp({ PORT: 'eighty', NODE_OPTIONS: `--require ${probe}` });
    expect(await app.exited).toBe(1);
    expect(app.stderr()).toContain('PORT must be a port number');
    const line = app
      .stderr()
      .split('\n')
      .find((l) => l.startsWith('loaded modules: '));
    const loaded: string[] = JSON.parse(line?.slice('loaded modules: '.length) ?? 'null');
    expect(loaded.some((file) => /[\\/]config[\\/]env\.(js|ts)$/.test(file))).toBe(true);
    for (const heavy of ['@slack/bolt', '@prisma/client', '@electric-sql/pglite', 'pg', 'express'])
      expect(loaded.filter((file) => file.includes(`node_modules/${heavy}/`))).toEqual([]);
    expect(loaded.filter((file) => /[\\/]app\.(js|ts)$/.test(file))).toEqual([]);
  });

  describe('with Slack refusing the token', () => {
    let double: SlackDouble;
    let dataDir: string;
    beforeAll(async () => {
      double = await SlackDouble.start();
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchbase-start-'));
      // A migrated embedded database, so the process gets to Slack without running initdb first.
      await seedPgliteDataDir(dataDir);
    });
    afterAll(async () => {
      await double.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('logs one clear line and exits 1', async () => {
      const app = spawnApp({
        SLACK_BOT_TOKEN: 'xoxb-wrong',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: double.apiUrl,
        PORT: '0',
        DATA_DIR: dataDir,
      });
      expect(await app.exited).toBe(1);
      const fatal = app
        .stdout()
        .split('\n')
        .filter((line) => line.includes('"level":60'));
      expect(fatal).toHaveLength(1);
      expect(fatal[0]).toContain('invalid_auth');
      expect(fatal[0]).toContain('SLACK_BOT_TOKEN');
      expect(app.stderr()).not.toMatch(/\n\s+at /);
    });
  });
});

describe('a running process', () => {
  let double: SlackDouble;
  let database: TestDatabase;
  let dataDir: string;

  beforeAll(async () => {
    double = await SlackDouble.start();
    database = await createTestDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchbase-run-'));
    if (database.kind === 'pglite') await seedPgliteDataDir(dataDir);
  });
  afterAll(async () => {
    await double.stop();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('finishes a request in flight on SIGTERM, then refuses new work and exits 0', async () => {
    const app = spawnApp({
      SLACK_BOT_TOKEN: double.botToken,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: double.apiUrl,
      PORT: '0',
      ...(database.url ? { DATABASE_URL: database.url } : {}),
      DATA_DIR: dataDir,
    });
    const running = await app.waitForLog((line) => line.msg === 'Touchbase is running');
    const baseUrl = `http://127.0.0.1:${running.port}`;
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);

    // A first-time user makes the app ask Slack who they are; Slack holds the answer back.
    double.addUser({ id: 'USLOW', locale: 'en-US' });
    double.fail('users.info', { hold: true });
    const slack = new SlackUserAgent({
      double,
      signingSecret: SIGNING_SECRET,
      transport: { kind: 'http', url: `${baseUrl}/slack/events` },
    });
    const inFlight = slack.slashCommand({ command: '/activity', text: 'help', userId: 'USLOW' });
    await double.whenHeld('users.info');
    app.child.kill('SIGTERM');
    await app.waitForLog((line) => line.msg === 'shutting down');
    double.releaseHeld('users.info');

    const answered = await inFlight;
    expect(answered.status).toBe(200);
    expect(JSON.stringify(answered.ack)).toContain('/activity list');
    expect(await app.exited).toBe(0);
    await expect(fetch(`${baseUrl}/healthz`)).rejects.toThrow();
    expect(app.stdout()).toContain('"msg":"stopped"');
  });
});
