import { en } from '../../../src/i18n/en';
import { sv } from '../../../src/i18n/sv';
import { eventually } from '../../api/api-client';
import { adminModalSteps } from '../../support/fixtures/admin-modal';
import { addActivity, viewerFor } from '../../support/fixtures/contacts';
import { type JsonObject, SlackUserAgent, type SlackView } from '../../support/slack-double';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../../support/test-app';

/** Everything about the customer a leak would show. */
const SECRETS = [
  'Pia Persson',
  'pia@kund.se',
  '070-123 45 67',
  'Kund AB',
  'Offert till Kund AB',
  '556677-8899',
];
const CHANNEL = 'CSHARED';

interface Outsider {
  id: string;
  what: string;
  text: string;
}

/** product §1, Outsiders: guests of both kinds and Slack Connect users, in both languages. */
const OUTSIDERS: Outsider[] = [
  { id: 'UMULTI', what: 'a multi-channel guest', text: en.access.guest },
  { id: 'USINGLE', what: 'a single-channel guest (in Swedish)', text: sv.access.guest },
  { id: 'UCONNECT', what: 'a Slack Connect user of another organization', text: en.access.external },
  {
    id: 'UKONTAKT',
    what: 'a Slack Connect user of another organization (in Swedish)',
    text: sv.access.external,
  },
];

describe('outsiders (product §1): a polite refusal everywhere, nothing read for them', () => {
  let t: TestApp;
  let activityId: number;
  const { expectCall, openAdmin } = adminModalSteps(() => t);
  const prisma = () => t.app.database.prisma;

  beforeAll(async () => {
    t = await startTestApp();
    t.double.addUser({ id: 'UANNA', name: 'anna' });
    t.double.addUser({ id: 'UADMIN', name: 'ada', is_admin: true });
    t.double.addUser({ id: 'UMULTI', name: 'multi', is_restricted: true });
    t.double.addUser({
      id: 'USINGLE',
      name: 'single',
      is_restricted: true,
      is_ultra_restricted: true,
      locale: 'sv-SE',
    });
    t.double.addUser({ id: 'UCONNECT', name: 'connie', team_id: 'TPARTNER' });
    t.double.addUser({ id: 'UKONTAKT', name: 'kalle', team_id: 'TPARTNER', locale: 'sv-SE' });
    t.double.addChannel({ id: CHANNEL, name: 'kund-ab-shared' });
    const workspaceId = (await prisma().workspace.findFirstOrThrow()).id;
    const anna = await viewerFor(prisma(), workspaceId, 'UANNA');
    const kund = await prisma().organization.create({
      data: { workspaceId, name: 'Kund AB', orgNumber: '556677-8899' },
    });
    const pia = await prisma().person.create({
      data: {
        workspaceId,
        name: 'Pia Persson',
        email: 'pia@kund.se',
        phone: '070-123 45 67',
        organizationId: kund.id,
      },
    });
    activityId = (
      await addActivity(prisma(), {
        workspaceId,
        personId: pia.id,
        organizationId: kund.id,
        responsibleId: anna.employeeId,
        subject: 'Offert till Kund AB',
        startAt: new Date('2026-03-02T09:00:00Z'),
      })
    ).id;
  });
  afterAll(() => t.stop());

  /** Nothing about the customer in any Web API call (arguments or answers) since `since`, nor in `extra`. */
  function expectNothingRead(since: number, extra: unknown = null): void {
    const seen = JSON.stringify([t.double.calls.slice(since), extra]);
    for (const secret of SECRETS) expect(seen).not.toContain(secret);
  }

  async function activityStatus(): Promise<string> {
    return (await prisma().activity.findUniqueOrThrow({ where: { id: activityId } })).status;
  }

  /** A card as staff see it, posted in the shared channel, so an outsider can press its buttons. */
  async function cardInChannel(): Promise<{ ts: string; blocks: JsonObject[] }> {
    await t.slack.slashCommand({ command: '/activity', text: `show ${activityId}`, userId: 'UANNA' });
    const shown = t.double.ephemeralMessages({ user: 'UANNA' }).at(-1)!;
    expect(JSON.stringify(shown.blocks)).toContain('Offert till Kund AB');
    const posted = t.double.workspace.channels.post(CHANNEL, {
      text: shown.text ?? '',
      blocks: shown.blocks,
    });
    return { ts: posted.ts, blocks: posted.blocks ?? [] };
  }

  const COMMANDS: [string, string][] = [
    ['/activity', ''],
    ['/activity', 'ring Pia imorgon kl 10 om offerten'],
    ['/activity', 'list all'],
    ['/activity', `show ${1}`],
    ['/activity', `edit ${1}`],
    ['/activity', `done ${1}`],
    ['/activity', 'stats year'],
    ['/activity', 'export year'],
    ['/activity', 'admin'],
    ['/activity', 'settings'],
    ['/activity', 'help'],
    ['/contact', 'Pia'],
    ['/contact', 'pia@kund.se'],
    ['/contact', 'new'],
    ['/contact', ''],
  ];

  describe.each(OUTSIDERS)('$what', ({ id, text }) => {
    it.each(COMMANDS)('%s %s: refused in their language, nothing opened or read', async (command, args) => {
      const since = t.double.calls.length;
      const answer = await t.slack.slashCommand({
        command,
        text: args.replace(/\b1\b/, String(activityId)),
        userId: id,
        channelId: CHANNEL,
      });
      expect(answer.status).toBe(200);
      expect(answer.ack).toEqual({ response_type: 'ephemeral', text });
      const after = t.double.calls.slice(since).map((call) => call.method);
      expect(after.filter((method) => !['users.info'].includes(method))).toEqual([]);
      expectNothingRead(since, answer.ack);
      expect(await activityStatus()).toBe('NOT_STARTED');
    });

    it('the Log activity shortcut: a modal saying why, no form', async () => {
      const since = t.double.calls.length;
      await t.slack.globalShortcut({ userId: id, callbackId: 'log_activity' });
      const opened = await t.double.waitForCall('views.open', undefined, { since });
      expect(JSON.stringify(opened.args.view)).toContain(JSON.stringify(text).slice(1, -1));
      expect(t.double.latestView(id)?.callback_id).not.toBe('activity_form');
      expectNothingRead(since);
    });

    it('the Log as activity message shortcut: an ephemeral refusal, no form', async () => {
      const message = t.double.workspace.channels.post(CHANNEL, {
        text: 'Pia Persson ringde',
        user: 'UANNA',
      });
      const since = t.double.calls.length;
      await t.slack.messageShortcut({
        userId: id,
        callbackId: 'log_message_as_activity',
        channelId: CHANNEL,
        message: { ts: message.ts, text: 'about the offer', user: 'UANNA' },
      });
      const answered = await t.double.waitForCall('response_url', undefined, { since });
      expect(answered.args).toMatchObject({ response_type: 'ephemeral', text });
      expect(t.double.calls.slice(since).map((call) => call.method)).not.toContain('views.open');
      expect(t.double.ephemeralMessages({ user: id }).at(-1)?.text).toBe(text);
    });

    it('a button on an activity card: refused, the activity unchanged, nothing redrawn', async () => {
      const card = await cardInChannel();
      const since = t.double.calls.length;
      await t.slack.blockActions({
        userId: id,
        actionId: `activity_done:${activityId}`,
        container: { type: 'message', channelId: CHANNEL, messageTs: card.ts },
      });
      const answered = await t.double.waitForCall('response_url', undefined, { since });
      expect(answered.args).toMatchObject({ response_type: 'ephemeral', replace_original: false, text });
      expectNothingRead(since);
      expect(await activityStatus()).toBe('NOT_STARTED');
      expect(t.double.message(CHANNEL, card.ts)?.blocks).toEqual(card.blocks);
    });

    it('a person picker’s options request: no options', async () => {
      const since = t.double.calls.length;
      const answer = await t.slack.blockSuggestion({ userId: id, actionId: 'person_picker', value: 'Pia' });
      expect(answer.status).toBe(200);
      expect(answer.ack).toEqual({ options: [] });
      expectNothingRead(since, answer.ack);
    });

    it('the App Home explains that Touchbase is for staff, and shows nothing else', async () => {
      const since = t.double.calls.length;
      await t.slack.appHomeOpened({ userId: id });
      const published = await t.double.waitForCall('views.publish', undefined, { since });
      expect(published.args.user_id).toBe(id);
      const home = JSON.stringify(t.double.homeView(id)?.blocks);
      expect(home).toContain(JSON.stringify(text).slice(1, -1));
      const heading = text === en.access.guest || text === en.access.external ? en : sv;
      expect(home).toContain(heading.access.homeHeading);
      expect(home).not.toContain('action_id');
      expectNothingRead(since);
    });
  });

  it('staff in the same channel are served as before', async () => {
    const answer = await t.slack.slashCommand({
      command: '/contact',
      text: 'Pia',
      userId: 'UANNA',
      channelId: CHANNEL,
    });
    expect(JSON.stringify(answer.ack ?? t.double.ephemeralMessages({ user: 'UANNA' }).at(-1))).toContain(
      'Pia Persson',
    );
  });

  it('the team a request names for its user counts, even while the stored profile says member', async () => {
    // Slack Connect: the request says the user belongs to another organization; their
    // profile, read earlier, does not say so yet and is not due to be read again.
    t.double.addUser({ id: 'UMOVED', name: 'moved', team_id: 'TPARTNER' });
    const workspaceId = (await prisma().workspace.findFirstOrThrow()).id;
    await prisma().employee.create({
      data: { workspaceId, slackUserId: 'UMOVED', name: 'moved', profileRefreshedAt: new Date() },
    });
    const since = t.double.calls.length;
    const answer = await t.slack.blockSuggestion({
      userId: 'UMOVED',
      actionId: 'person_picker',
      value: 'Pia',
    });
    expect(answer.ack).toEqual({ options: [] });
    expect(t.double.calls.slice(since).map((call) => call.method)).toEqual([]);
  });

  describe('when an admin allows multi-channel guests', () => {
    let list: SlackView;

    async function pressGuestButton(userId: string, view: SlackView) {
      const call = await expectCall('views.update', () =>
        t.slack.blockActions({
          userId,
          actionId: 'admin_guest_access',
          container: { type: 'view', viewId: view.id },
        }),
      );
      expect(call.response).toMatchObject({ ok: true });
      return t.double.view(view.id)!;
    }

    it('the admin modal shows the setting, off by default', async () => {
      list = await openAdmin('UADMIN');
      const shown = JSON.stringify(list.blocks);
      expect(shown).toContain(en.access.admin.heading);
      expect(shown).toContain(JSON.stringify(en.access.admin.refused).slice(1, -1));
      expect(shown).toContain('"value":"admit"');
    });

    it('allowing them is saved in the database and audited with the admin’s name', async () => {
      list = await pressGuestButton('UADMIN', list);
      const shown = JSON.stringify(list.blocks);
      expect(shown).toContain(en.access.admin.done.admitted);
      expect(shown).toContain('"value":"refuse"');
      const workspace = await prisma().workspace.findFirstOrThrow();
      expect(workspace.admitMultiChannelGuests).toBe(true);
      const audit = await prisma().auditLog.findMany({
        where: { action: 'workspace.guest_access_changed' },
        include: { actor: true },
      });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ targetType: 'workspace', details: { admitMultiChannelGuests: true } });
      expect(audit[0]?.actor?.slackUserId).toBe('UADMIN');
    });

    it('a multi-channel guest is then served like staff', async () => {
      await t.slack.slashCommand({ command: '/contact', text: 'Pia', userId: 'UMULTI', channelId: CHANNEL });
      const answer = t.double.ephemeralMessages({ user: 'UMULTI' }).at(-1);
      expect(JSON.stringify(answer)).toContain('Pia Persson');
      const options = await t.slack.blockSuggestion({
        userId: 'UMULTI',
        actionId: 'person_picker',
        value: 'Pia',
      });
      expect(JSON.stringify(options.ack)).toContain('Pia Persson');
    });

    it('single-channel guests and other organizations’ users stay refused', async () => {
      for (const [userId, text] of [
        ['USINGLE', sv.access.guest],
        ['UCONNECT', en.access.external],
      ] as const) {
        const answer = await t.slack.slashCommand({
          command: '/contact',
          text: 'Pia',
          userId,
          channelId: CHANNEL,
        });
        expect(answer.ack).toEqual({ response_type: 'ephemeral', text });
      }
    });

    it('someone who is not an admin cannot change it, even with the button in hand', async () => {
      const since = t.double.calls.length;
      await t.slack.blockActions({
        userId: 'UANNA',
        actionId: 'admin_guest_access',
        value: 'refuse',
        container: { type: 'view', viewId: list.id },
      });
      const refused = await t.double.waitForCall('views.update', undefined, { since });
      expect(JSON.stringify(refused.args.view)).toContain('Only Touchbase admins');
      expect((await prisma().workspace.findFirstOrThrow()).admitMultiChannelGuests).toBe(true);
    });

    it('stopping it refuses multi-channel guests again at once, and is audited too', async () => {
      list = await openAdmin('UADMIN');
      list = await pressGuestButton('UADMIN', list);
      expect(JSON.stringify(list.blocks)).toContain(en.access.admin.done.refused);
      const answer = await t.slack.slashCommand({
        command: '/contact',
        text: 'Pia',
        userId: 'UMULTI',
        channelId: CHANNEL,
      });
      expect(answer.ack).toEqual({ response_type: 'ephemeral', text: en.access.guest });
      expect(await prisma().auditLog.count({ where: { action: 'workspace.guest_access_changed' } })).toBe(2);
    });
  });

  describe('a request from a workspace the bot token does not serve', () => {
    let stranger: SlackUserAgent;
    beforeAll(() => {
      t.double.addUser({ id: 'USTRANGER', name: 'stranger' });
      stranger = new SlackUserAgent({
        double: t.double,
        signingSecret: SIGNING_SECRET,
        teamId: 'TSTRANGER',
        transport:
          t.app.mode === 'http' ? { kind: 'http', url: `${t.baseUrl}/slack/events` } : { kind: 'socket' },
      });
    });

    async function nothingCreated(since: number, before: { workspaces: number; employees: number }) {
      expect(await prisma().workspace.count()).toBe(before.workspaces);
      expect(await prisma().employee.count()).toBe(before.employees);
      expect(await prisma().workspace.count({ where: { slackTeamId: 'TSTRANGER' } })).toBe(0);
      expect(t.double.calls.slice(since).map((call) => call.method)).toEqual([]);
    }

    it('is refused and logged, and creates nothing', async () => {
      const before = {
        workspaces: await prisma().workspace.count(),
        employees: await prisma().employee.count(),
      };
      const since = t.double.calls.length;
      const answer = await stranger.slashCommand({ command: '/contact', text: 'Pia', userId: 'USTRANGER' });
      expect(answer.ack).toEqual({ response_type: 'ephemeral', text: en.access.otherWorkspace });
      const options = await stranger.blockSuggestion({
        userId: 'USTRANGER',
        actionId: 'person_picker',
        value: 'Pia',
      });
      expect(options.ack).toEqual({ options: [] });
      await stranger.appHomeOpened({ userId: 'USTRANGER' });
      // Events are acknowledged before they are handled: wait for the third refusal to be logged.
      const refusals = () =>
        t.logs.filter(
          (line) =>
            line.msg === 'refused a request from a workspace this token does not serve' &&
            line.teamId === 'TSTRANGER' &&
            line.userId === 'USTRANGER' &&
            line.level === 40,
        );
      await eventually(() => expect(refusals()).toHaveLength(3));
      await nothingCreated(since, before);
      expectNothingRead(since, [answer.ack, options.ack]);
    });
  });
});
