import { escapeMrkdwn } from '../../src/slack/views/mrkdwn';
import { call, createToken } from '../api/api-client';
import { activitySlack, SettableClock, workspaceOf } from '../support/fixtures/activities';
import type { EphemeralMessage, RecordedCall } from '../support/slack-double';
import { startTestApp, type TestApp } from '../support/test-app';

// Monday 2 March 2026, 07:00 in Stockholm: an hour before the digests.
const NOW = new Date('2026-03-02T06:00:00Z');
const DIGEST_TIME = new Date('2026-03-02T07:00:00Z');

/**
 * Every name the app shows, as someone might type it: broadcasts (`<!channel>`,
 * `<!here>`, `<!everyone>`, `<!subteam^…>`) and mentions of ids the workspace does
 * not know. The Slack double refuses any message, view or file comment in which
 * one stays live (in `text` as much as in `blocks`), so each surface below must
 * arrive, show the name escaped, and leave no refusal behind.
 */
const HOSTILE = {
  person: 'Per <!channel> <@UHOSTILE>',
  organization: 'Org <!here> <#CHOSTILE>',
  type: 'Typ <!everyone> <!subteam^S0HOSTILE>',
  team: 'Team <!channel> <@UHOSTILE>',
  subject: 'Sub <!here> <@UHOSTILE|boss>',
  notes: 'Notes <!channel> <#CHOSTILE|general> <!subteam^S0HOSTILE|@all>',
  token: 'Tok <!channel> <@UHOSTILE>',
};

describe('typed names never notify anyone, on any surface', () => {
  let t: TestApp;
  let slack: ReturnType<typeof activitySlack>;
  let clock: SettableClock;
  let personId: number;
  let organizationId: number;
  let overdueId: number;
  const prisma = () => t.app.database.prisma;
  const shown = (value: unknown) => JSON.stringify(value);

  /** The calls of this test only. */
  let mark = 0;
  beforeEach(() => {
    mark = t.double.calls.length;
  });
  const refusedHere = () => t.double.strayMentionRefusals().filter((c) => t.double.calls.indexOf(c) >= mark);

  /** Nothing refused in this test, and `what` (everything a surface sent) shows these names escaped. */
  function escapedAndDelivered(what: unknown, ...names: (keyof typeof HOSTILE)[]) {
    expect(refusedHere()).toEqual([]);
    const text = shown(what);
    for (const name of names) expect(text).toContain(escapeMrkdwn(HOSTILE[name]));
  }

  const callsSince = (since: number, method: string): RecordedCall[] =>
    t.double.calls.slice(since).filter((c) => c.method === method);

  beforeAll(async () => {
    clock = new SettableClock(NOW);
    t = await startTestApp({ clock });
    slack = activitySlack(t);
    t.double.addUser({ id: 'UADMIN', name: 'ada', is_admin: true, tz: 'Europe/Stockholm' });
    t.double.addUser({ id: 'UBEN', name: 'ben', tz: 'Europe/Stockholm' });
    t.double.addChannel({ id: 'CTEAM', name: 'team' });
    for (const userId of ['UADMIN', 'UBEN'])
      await t.slack.slashCommand({ command: '/activity', text: 'help', userId });
    const workspaceId = (await workspaceOf(t)).id;
    const employee = async (slackUserId: string) =>
      (await prisma().employee.findFirstOrThrow({ where: { workspaceId, slackUserId } })).id;
    const [admin, ben] = [await employee('UADMIN'), await employee('UBEN')];
    organizationId = (
      await prisma().organization.create({
        data: { workspaceId, name: HOSTILE.organization, email: 'org@kund.se' },
      })
    ).id;
    personId = (
      await prisma().person.create({
        data: { workspaceId, name: HOSTILE.person, organizationId, externalId: 'HOSTILE-1' },
      })
    ).id;
    const type = await prisma().activityType.create({
      data: {
        workspaceId,
        nameEn: HOSTILE.type,
        nameSv: HOSTILE.type,
        position: 99,
        defaultSubject: HOSTILE.subject,
      },
    });
    const team = await prisma().team.create({
      data: { workspaceId, name: HOSTILE.team, channelId: 'CTEAM', digestHour: 8, escalationDays: 1 },
    });
    await prisma().teamMember.createMany({
      data: [
        { teamId: team.id, employeeId: admin, isLead: true },
        { teamId: team.id, employeeId: ben },
      ],
    });
    // Overdue for a week: in Ben's digest, the team's digest (escalated) and everyone's Home.
    const due = new Date('2026-02-23T09:00:00Z');
    overdueId = (
      await prisma().activity.create({
        data: {
          workspaceId,
          personId,
          organizationId,
          typeId: type.id,
          subject: HOSTILE.subject,
          notes: HOSTILE.notes,
          startAt: due,
          dueAt: due,
          responsibleId: ben,
          creatorId: admin,
          createdAt: due,
          updatedAt: due,
        },
      })
    ).id;
  });
  afterAll(() => t.stop());

  it('the activity form’s card, the assignment DM, /activity show and a list', async () => {
    const view = await slack.openForm('UADMIN');
    const { result, since } = await slack.submit('UADMIN', view.id, {
      Person: { text: { type: 'plain_text', text: HOSTILE.person }, value: String(personId) },
      Type: HOSTILE.type,
      Subject: HOSTILE.subject,
      Notes: HOSTILE.notes,
      Responsible: 'UBEN',
    });
    expect(result.ack).toBeUndefined();
    const card = await slack.savedCard(since);
    const dm = await t.double.waitForCall(
      'chat.postMessage',
      (c) => c.args.channel === 'UBEN' && c.status === 200,
      { since },
    );
    expect(dm.response).toMatchObject({ ok: true });
    escapedAndDelivered([card, dm.args], 'person', 'organization', 'type', 'subject');
    const id = (await prisma().activity.findFirstOrThrow({ orderBy: { id: 'desc' } })).id;

    const detail = await t.slack.slashCommand({ command: '/activity', text: `show ${id}`, userId: 'UADMIN' });
    escapedAndDelivered(detail.ack, 'person', 'type', 'subject', 'notes');
    const list = await t.slack.slashCommand({
      command: '/activity',
      text: 'list all <@UBEN|ben>',
      userId: 'UADMIN',
    });
    escapedAndDelivered(list.ack, 'person', 'type', 'subject');
  });

  it('/contact: the person card, the organization card, and the person’s list from the card', async () => {
    const search = async (text: string) => {
      await t.slack.slashCommand({ command: '/contact', text, userId: 'UADMIN', channelId: 'CTEAM' });
      return t.double.ephemeralMessages({ user: 'UADMIN' }).at(-1) as EphemeralMessage;
    };
    // One match each: the card itself.
    const person = await search('Per');
    escapedAndDelivered(person, 'person', 'organization', 'subject');
    const organization = await search('Org');
    escapedAndDelivered(organization, 'person', 'organization');
    const since = t.double.calls.length;
    await t.slack.blockActions({
      userId: 'UADMIN',
      actionId: 'activity_list_for_person',
      container: { type: 'message', channelId: 'CTEAM', messageTs: person.ts, isEphemeral: true },
    });
    await t.double.waitForCall('response_url', undefined, { since });
    const theirList = t.double.ephemeralMessages({ user: 'UADMIN' }).at(-1);
    escapedAndDelivered(theirList, 'person', 'type', 'subject');
  });

  it('App Home, with the team lead’s summary', async () => {
    for (const userId of ['UBEN', 'UADMIN']) {
      const since = t.double.calls.length;
      await t.slack.appHomeOpened({ userId });
      const published = await t.double.waitForCall('views.publish', (c) => c.args.user_id === userId, {
        since,
      });
      expect(published.response).toMatchObject({ ok: true });
    }
    escapedAndDelivered(t.double.homeView('UBEN'), 'person', 'type', 'subject');
    escapedAndDelivered(t.double.homeView('UADMIN'), 'team');
  });

  it('the daily digest and the team’s channel digest, text and blocks', async () => {
    clock.set(DIGEST_TIME);
    const since = t.double.calls.length;
    await t.app.runDigestTick();
    const posted = callsSince(since, 'chat.postMessage');
    const digest = posted.find(
      (c) => c.args.channel === 'UBEN' || c.args.channel === t.double.dmChannelFor('UBEN'),
    );
    const teamDigest = posted.find((c) => c.args.channel === 'CTEAM');
    expect(refusedHere()).toEqual([]);
    expect(digest?.response).toMatchObject({ ok: true });
    expect(teamDigest?.response).toMatchObject({ ok: true });
    escapedAndDelivered(digest?.args, 'person', 'type', 'subject');
    escapedAndDelivered(teamDigest?.args, 'team', 'person', 'type', 'subject');
    expect(String(teamDigest?.args.text)).toContain(escapeMrkdwn(HOSTILE.team));
    expect(await prisma().activity.count({ where: { id: overdueId, deletedAt: null } })).toBe(1);
  });

  it('/activity stats for the team, with its types and responsibles', async () => {
    const since = t.double.calls.length;
    await t.slack.slashCommand({
      command: '/activity',
      text: 'stats 2026-02-01..2026-03-31 <#CTEAM|team>',
      userId: 'UADMIN',
      channelId: 'CTEAM',
    });
    const answer = await t.double.waitForCall('response_url', undefined, { since });
    await t.double.waitForCall('files.completeUploadExternal', undefined, { since });
    escapedAndDelivered(answer.args, 'team');
    expect(shown(answer.args)).toContain(escapeMrkdwn(HOSTILE.type).slice(0, 10));
  });

  it('the admin lists of types, teams and API tokens', async () => {
    await createToken(t, ['activities:write'], HOSTILE.token);
    const since = t.double.calls.length;
    await t.slack.slashCommand({ command: '/activity', text: 'admin', userId: 'UADMIN' });
    const opened = await t.double.waitForCall('views.open', undefined, { since });
    expect(opened.response).toMatchObject({ ok: true });
    escapedAndDelivered(t.double.latestView('UADMIN'), 'type', 'team', 'token', 'subject');
  });

  it('the DM about an activity an API token created, naming the token', async () => {
    const token = await createToken(t, ['activities:write'], HOSTILE.token);
    const since = t.double.calls.length;
    const created = await call(t, 'POST', '/activities', {
      token,
      body: {
        personExternalId: 'HOSTILE-1',
        type: HOSTILE.type,
        subject: HOSTILE.subject,
        notes: HOSTILE.notes,
        responsible: 'UBEN',
      },
    });
    expect(created.status).toBe(201);
    const dm = await t.double.waitForCall('chat.postMessage', (c) => c.args.channel === 'UBEN', { since });
    expect(dm.response).toMatchObject({ ok: true });
    escapedAndDelivered(dm.args, 'person', 'type', 'subject', 'token');
  });
});
