import { call, createToken } from '../api/api-client';
import { activitySlack, addPerson, workspaceOf } from '../support/fixtures/activities';
import { FreezableProxy } from '../support/freezable-proxy';
import { rowCounts } from '../support/row-counts';
import { startTestApp, type TestApp } from '../support/test-app';
import { postgresUrl } from '../support/test-database';

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely in tests.
type Json = Record<string, any>;

const CANNOT_REACH = 'Touchbase cannot reach its database right now. Try again in a minute.';
const NAR_INTE = 'Touchbase når inte sin databas just nu. Försök igen om en minut.';

describe('when the database is gone (closed under the app)', () => {
  let t: TestApp;
  let token: string;
  let formId: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.double.addUser({ id: 'UANNA', name: 'anna' });
    token = await createToken(t, ['activities:read', 'activities:write']);
    formId = (await activitySlack(t).openForm('UANNA')).id;
    await t.slack.appHomeOpened({ userId: 'UANNA' });
    await t.double.waitForCall('views.publish');
    await t.app.database.close();
  });
  afterAll(() => t.stop());

  it('answers REST API requests 503 with Retry-After, as a problem', async () => {
    const answer = await call<Json>(t, 'GET', '/activities', { token });
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('60');
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body).toMatchObject({
      type: 'urn:touchbase:problem:database-unavailable',
      detail: CANNOT_REACH,
    });
    const swedish = await call<Json>(t, 'GET', '/activities', {
      token,
      headers: { 'accept-language': 'sv' },
    });
    expect(swedish.body.detail).toBe(NAR_INTE);
  });

  it('tells a known Slack user ephemerally, in their language', async () => {
    const result = await t.slack.slashCommand({ command: '/activity', text: 'list', userId: 'UANNA' });
    expect(result.ack).toMatchObject({ response_type: 'ephemeral', text: CANNOT_REACH });
  });

  it('tells a user it cannot look up in the workspace language and in Swedish', async () => {
    t.double.addUser({ id: 'UNEW', name: 'new' });
    const result = await t.slack.slashCommand({ command: '/activity', text: 'list', userId: 'UNEW' });
    expect(result.ack).toMatchObject({ response_type: 'ephemeral', text: `${CANNOT_REACH}\n${NAR_INTE}` });
  });

  it('answers a modal submission with a field error instead of Slack’s generic failure', async () => {
    const { result } = await activitySlack(t).submit('UANNA', formId, {
      Person: { text: { type: 'plain_text', text: 'Pia' }, value: '1' },
      Type: 'Meeting',
      Subject: 'Demo',
    });
    expect(result.ack).toMatchObject({ response_action: 'errors' });
    expect(Object.values(result.ack!.errors as Record<string, string>)).toEqual([CANNOT_REACH]);
  });

  it('tells a user who pressed a button in App Home in their DM with the app', async () => {
    const home = t.double.homeView('UANNA')!;
    await t.slack.blockActions({
      userId: 'UANNA',
      actionId: 'home_log_activity',
      container: { type: 'view', viewId: home.id },
    });
    const told = await t.double.waitForCall(
      'chat.postMessage',
      (call) => call.args.channel === 'UANNA' && String(call.args.text).includes(CANNOT_REACH),
    );
    expect(told.status).toBe(200);
  });

  it('logs these as warnings, not as unexpected errors', () => {
    expect(t.logs.filter((line) => line.level === 50)).toEqual([]);
    expect(t.logs.some((line) => line.msg === 'database unreachable: told the Slack user')).toBe(true);
  });
});

if (postgresUrl) {
  describe('when PostgreSQL is frozen (accepts connections, answers nothing)', () => {
    let proxy: FreezableProxy;
    let t: TestApp;
    let token: string;
    let piaId: number;

    beforeAll(async () => {
      const server = new URL(postgresUrl!);
      proxy = await FreezableProxy.start({ host: server.hostname, port: Number(server.port || 5432) });
      t = await startTestApp({
        databaseUrl: (url) => proxy.urlFor(url),
        // Statements give up after 1 s, the client 2 s later: the test need not wait 17 s.
        env: { DATABASE_TIMEOUT_MS: '1000' },
      });
      t.double.addUser({ id: 'UANNA', name: 'anna' });
      t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE' });
      token = await createToken(t, ['activities:read', 'activities:write']);
      piaId = (await addPerson(t.app.database.prisma, (await workspaceOf(t)).id, { name: 'Pia' })).id;
      // Both users are known (and their language) before the database stops answering.
      await t.slack.slashCommand({ command: '/activity', text: 'help', userId: 'UANNA' });
      await t.slack.slashCommand({ command: '/activity', text: 'help', userId: 'USVEN' });
    });
    afterEach(() => proxy.thaw());
    afterAll(async () => {
      proxy.thaw();
      await t?.stop();
      await proxy?.stop();
    });

    it('/readyz answers 503 instead of hanging, and 200 again once the server answers', async () => {
      proxy.freeze();
      const ready = await fetch(`${t.baseUrl}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ database: 'unreachable', slack: 'ok' });
      proxy.thaw();
      expect((await fetch(`${t.baseUrl}/readyz`)).status).toBe(200);
    });

    it('answers a REST API request 503 with Retry-After once the database does not answer in time', async () => {
      proxy.freeze();
      const answer = await call<Json>(t, 'GET', '/activities', { token });
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe('60');
      expect(answer.body.type).toBe('urn:touchbase:problem:database-unavailable');
    });

    it('answers a Slack command in time, in the user’s language, and does nothing later', async () => {
      proxy.freeze();
      const result = await t.slack.slashCommand({ command: '/activity', text: 'list', userId: 'USVEN' });
      // Bolt itself answers 404 after 3 s without an ack: a message means the guard was in time.
      expect(result.status).toBe(200);
      expect(JSON.stringify(result.ack)).toContain('Touchbase når inte sin databas');
    });

    it('answers a modal submission with a field error in time, and saves nothing after the thaw', async () => {
      const slack = activitySlack(t);
      const form = await slack.openForm('UANNA');
      const before = await rowCounts(t.app.database);
      proxy.freeze();
      const { result } = await slack.submit('UANNA', form.id, {
        Person: { text: { type: 'plain_text', text: 'Pia' }, value: String(piaId) },
        Type: 'Meeting',
        Subject: 'Demo',
      });
      expect(result.status).toBe(200);
      expect(result.ack).toMatchObject({ response_action: 'errors' });
      expect(JSON.stringify(result.ack)).toContain(CANNOT_REACH);
      proxy.thaw();
      expect((await fetch(`${t.baseUrl}/readyz`)).status).toBe(200);
      expect(await rowCounts(t.app.database)).toEqual(before);
    });
  });
}
