import { PNG } from 'pngjs';
import { CHART_HEIGHT, CHART_WIDTH } from '../../../src/charts/stacked-bars-svg';
import { NOW, SECRET, SECRET_PERSON, seedStats } from '../../domain/stats/stats-fixture';
import { SettableClock, workspaceOf } from '../../support/fixtures/activities';
import type { RecordedCall } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

const TZ = 'Europe/Stockholm';

describe('/activity stats in Slack (product §6)', () => {
  let t: TestApp;
  let workspaceId: number;
  const prisma = () => t.app.database.prisma;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp({ clock: new SettableClock(NOW) });
    t.double.addUser({ id: 'UANNA', name: 'anna', tz: TZ });
    t.double.addUser({ id: 'UBOB', name: 'bob', tz: TZ });
    t.double.addUser({ id: 'ULEA', name: 'lea', tz: TZ });
    t.double.addUser({ id: 'UADMIN', name: 'ada', tz: TZ, is_admin: true });
    t.double.addUser({ id: 'USVEN', name: 'sven', tz: TZ, locale: 'sv-SE', is_admin: true });
    t.double.addChannel({ id: 'CSALES', name: 'sales', isMember: true });
    t.double.addChannel({ id: 'CELSEWHERE', name: 'elsewhere', isMember: false });
    // Any command makes the employee known, as a first interaction does.
    for (const userId of ['UANNA', 'UBOB', 'ULEA', 'UADMIN', 'USVEN'])
      await t.slack.slashCommand({ command: '/activity', text: 'help', userId });
    workspaceId = (await workspaceOf(t)).id;
    for (const employee of await prisma().employee.findMany({ where: { workspaceId } }))
      ids[employee.slackUserId] = employee.id;
    await seedStats(prisma(), workspaceId, {
      anna: ids.UANNA!,
      bob: ids.UBOB!,
      lea: ids.ULEA!,
      admin: ids.UADMIN!,
    });
  });
  afterAll(() => t.stop());

  /** Runs the command and waits for the Web API call that ends its work. */
  async function stats(userId: string, text: string, channelId?: string, until = 'response_url') {
    const since = t.double.calls.length;
    const result = await t.slack.slashCommand({
      command: '/activity',
      text: `stats ${text}`,
      userId,
      channelId,
    });
    const call = await t.double.waitForCall(until, undefined, { since });
    return { result, call, since };
  }

  const lastEphemeral = (userId: string) => {
    const shown = t.double.ephemeralMessages({ user: userId });
    return JSON.stringify(shown[shown.length - 1] ?? {});
  };

  const callsSince = (since: number, method: string): RecordedCall[] =>
    t.double.calls.slice(since).filter((call) => call.method === method);

  it('acks at once, answers ephemerally with the figures, and sends the chart to the requester’s DM, not the channel', async () => {
    const { result, since } = await stats('UANNA', 'month', 'CSALES', 'files.completeUploadExternal');
    expect(result.ack).toMatchObject({ response_type: 'ephemeral', text: 'Working out the statistics…' });
    const shown = JSON.stringify(callsSince(since, 'response_url').map((c) => c.args));
    expect(shown).toContain('Statistics · March 2026');
    expect(shown).toContain('Compared with February 2026');
    expect(shown).toContain('7 (+6, +600%; previous 1)');
    expect(shown).toContain('43% (-57 pp; previous 100%)');
    expect(shown).toContain('Overdue now');
    expect(shown).toContain('The chart is in your direct messages with Touchbase. Add `share`');
    const dm = t.double.dmChannelFor('UANNA');
    const completes = callsSince(since, 'files.completeUploadExternal');
    expect(completes.map((c) => [c.args.channel_id, c.response?.ok])).toEqual([[dm, true]]);
    const [file] = t.double.uploadedFiles().filter((f) => f.channelId === dm);
    expect(file?.filename).toBe('touchbase-2026-03-01_2026-03-31.png');
    const png = PNG.sync.read(file!.bytes!);
    expect([png.width, png.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    expect(t.double.uploadedFiles().filter((f) => f.channelId === 'CSALES')).toEqual([]);
    expect(callsSince(since, 'chat.postMessage').filter((c) => c.args.channel === 'CSALES')).toEqual([]);
  });

  it('with `share`, posts the figures and the chart in the conversation, saying who shared them', async () => {
    const { since } = await stats('UANNA', 'share month', 'CSALES', 'files.completeUploadExternal');
    const posted = callsSince(since, 'chat.postMessage').filter((c) => c.args.channel === 'CSALES');
    expect(posted).toHaveLength(1);
    const text = JSON.stringify(posted[0]?.args);
    expect(text).toContain('Statistics · March 2026');
    expect(text).toContain('Activities of <@UANNA>');
    expect(text).toContain('Shared by <@UANNA>.');
    expect(text).toContain('times are in the time zone of <@UANNA>');
    expect(text).not.toContain('Your activities');
    const completes = callsSince(since, 'files.completeUploadExternal');
    expect(completes.map((c) => [c.args.channel_id, c.response?.ok])).toEqual([['CSALES', true]]);
    const [file] = t.double.uploadedFiles().filter((f) => f.channelId === 'CSALES');
    expect(t.double.messages('CSALES').some((m) => JSON.stringify(m).includes(file!.id))).toBe(true);
    const answers = JSON.stringify(callsSince(since, 'response_url').map((c) => c.args));
    expect(answers).toContain('the statistics are posted in this conversation');
    expect(answers).not.toContain('Compared with');
  });

  it('takes `dela` from a Swedish user, answers them in Swedish and posts in the workspace’s language', async () => {
    const { since } = await stats('USVEN', 'vecka dela', 'CSALES', 'files.completeUploadExternal');
    const posted = callsSince(since, 'chat.postMessage').filter((c) => c.args.channel === 'CSALES');
    const text = JSON.stringify(posted.map((c) => c.args));
    expect(text).toContain('Statistics · week 12 2026');
    expect(text).toContain('Shared by <@USVEN>.');
    expect(text).toContain('Everyone');
    const answers = JSON.stringify(callsSince(since, 'response_url').map((c) => c.args));
    expect(answers).toContain('Klart: statistiken är publicerad i den här konversationen');
    expect(callsSince(since, 'files.completeUploadExternal').map((c) => c.args.channel_id)).toEqual([
      'CSALES',
    ]);
  });

  it('counts private activities but never shows their subject, person or notes, shared or not', async () => {
    for (const text of ['month', 'month share']) {
      const { since } = await stats('UANNA', text, 'CSALES', 'files.completeUploadExternal');
      const everything = JSON.stringify(t.double.calls.slice(since));
      expect(everything).not.toContain(SECRET);
      expect(everything).not.toContain(SECRET_PERSON);
      expect(everything).not.toContain('Notes nobody else may read');
      expect(everything).toContain('Visit'); // its type is counted
    }
  });

  it('shows shared figures to the requester alone, chart in their DM, where the app cannot post', async () => {
    const { since } = await stats('UANNA', 'month share', 'CELSEWHERE', 'files.completeUploadExternal');
    const answers = JSON.stringify(callsSince(since, 'response_url').map((c) => c.args));
    expect(answers).toContain(
      'Touchbase cannot post in this conversation, so the statistics are shown to you alone.',
    );
    expect(answers).toContain('Statistics · March 2026');
    const dm = t.double.dmChannelFor('UANNA');
    expect(callsSince(since, 'files.completeUploadExternal').map((c) => c.args.channel_id)).toEqual([dm]);
    expect(t.double.messages('CELSEWHERE')).toEqual([]);
  });

  it('speaks Swedish to a Swedish user, chart included', async () => {
    const { since } = await stats('USVEN', 'månad', 'CSALES', 'files.completeUploadExternal');
    const shown = JSON.stringify(callsSince(since, 'response_url').map((c) => c.args));
    expect(shown).toContain('Statistik · mars 2026');
    expect(shown).toContain('Jämfört med februari 2026');
    expect(shown).toContain('Klar');
    expect(shown).toContain('Försenade nu');
    const title = callsSince(since, 'files.completeUploadExternal')[0]?.args.files;
    expect(JSON.stringify(title)).toContain('Statistik · mars 2026');
  });

  it('says so when a period has no activities, and uploads no empty chart', async () => {
    const { since } = await stats('UANNA', '2025-06', 'CSALES');
    expect(lastEphemeral('UANNA')).toContain('No activities in June 2025, so there is no chart.');
    await t.app.idle();
    expect(callsSince(since, 'files.getUploadURLExternal')).toEqual([]);
  });

  it('shows figures but draws no empty chart when something was created today yet nothing starts today', async () => {
    const { since } = await stats('UANNA', 'today', 'CSALES');
    const answers = callsSince(since, 'response_url').map((c) => JSON.stringify(c.args));
    expect(answers[0]).toContain('*Created*\\n1 (+1, new; previous 0)');
    await t.double.waitForCall(
      'response_url',
      (call) => JSON.stringify(call.args).includes('No activities in 18 Mar 2026, so there is no chart.'),
      { since },
    );
    expect(callsSince(since, 'files.getUploadURLExternal')).toEqual([]);
  });

  it('answers a malformed period or filter with help and examples, and nothing else', async () => {
    const { since } = await stats('UANNA', 'fortnight 2026-13', 'CSALES');
    const shown = lastEphemeral('UANNA');
    expect(shown).toContain('“2026-13” is not a date I can read.');
    expect(shown).toContain('/activity stats week @anna');
    const sv = await stats('USVEN', 'vecka <!channel>', 'CSALES');
    const svShown = lastEphemeral('USVEN');
    expect(svShown).toContain('Det finns ingen aktivitetstyp som heter ”&lt;!channel&gt;”');
    expect(svShown).not.toContain('<!channel>');
    await t.app.idle();
    expect(callsSince(Math.min(since, sv.since), 'files.getUploadURLExternal')).toEqual([]);
  });

  it('refuses a lead another team, politely', async () => {
    await stats('ULEA', '#support', 'CSALES');
    expect(lastEphemeral('ULEA')).toContain('Only leads of that team and admins can see its numbers.');
    await stats('ULEA', '<@UBOB|bob>', 'CSALES');
    expect(lastEphemeral('ULEA')).toContain('You can see your own numbers and those of the teams you lead');
  });

  it('sends long statistics (many responsibles) to a DM instead', async () => {
    const type = await prisma().activityType.findFirstOrThrow({ where: { workspaceId, key: 'SMS' } });
    const person = await prisma().person.findFirstOrThrow({ where: { workspaceId } });
    for (let i = 0; i < 11; i += 1) {
      const employee = await prisma().employee.create({
        data: { workspaceId, slackUserId: `UEXTRA${i}`, name: `Extra <@U${i}> ${i}` },
      });
      await prisma().activity.create({
        data: {
          workspaceId,
          personId: person.id,
          typeId: type.id,
          subject: 'Extra',
          startAt: new Date('2026-03-12T09:00:00Z'),
          dueAt: new Date('2026-03-12T09:00:00Z'),
          responsibleId: employee.id,
          creatorId: employee.id,
        },
      });
    }
    const { since } = await stats('UADMIN', '', 'CSALES', 'files.completeUploadExternal');
    const dm = t.double.dmChannelFor('UADMIN');
    const posted = callsSince(since, 'chat.postMessage').find((c) => c.args.channel === dm);
    expect(posted?.response?.ok).toBe(true);
    const text = JSON.stringify(posted?.args);
    expect(text).toContain('By responsible');
    expect(text).toContain('Extra &lt;@U3&gt; 3');
    expect(text).not.toContain('<@U3>');
    expect(JSON.stringify(callsSince(since, 'response_url').map((c) => c.args))).toContain(
      'The statistics are long, so I sent them to you in a direct message.',
    );
  });
});
