import { activitySlack, addPerson, SettableClock, workspaceOf } from '../../support/fixtures/activities';
import type { SlackView } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

const NOW = new Date('2026-03-02T09:00:00Z');

function inputBlock(view: SlackView, field: string) {
  return view.blocks.find((b) => b.type === 'input' && String(b.block_id).startsWith(`${field}.`)) as
    | { block_id: string; element: Record<string, unknown> }
    | undefined;
}

describe('the Log activity and Log as activity shortcuts', () => {
  let t: TestApp;
  let slack: ReturnType<typeof activitySlack>;
  let pia: { id: number; name: string };
  const prisma = () => t.app.database.prisma;
  const channelId = 'CSALES';

  /** A message as Slack stores it and sends it to shortcuts: `&`, `<`, `>` encoded, mentions as markup. */
  function postMessage(text: string) {
    return t.double.workspace.channels.post(channelId, { text, user: 'UBEN' });
  }

  async function messageShortcut(ts: string, text: string) {
    const since = t.double.calls.length;
    await t.slack.messageShortcut({
      userId: 'UANNA',
      callbackId: 'log_message_as_activity',
      channelId,
      message: { ts, text, user: 'UBEN' },
    });
    await t.double.waitForCall('views.open', undefined, { since });
    return t.double.latestView('UANNA')!;
  }

  beforeAll(async () => {
    t = await startTestApp({ clock: new SettableClock(NOW) });
    slack = activitySlack(t);
    t.double.addUser({ id: 'UANNA', name: 'anna' });
    t.double.addUser({ id: 'UBEN', name: 'ben' });
    t.double.addChannel({ id: channelId, name: 'sales' });
    pia = await addPerson(prisma(), (await workspaceOf(t)).id, { name: 'Pia Person' });
  });
  afterAll(() => t.stop());

  it('Log activity opens the activity form with the user responsible', async () => {
    const since = t.double.calls.length;
    await t.slack.globalShortcut({ userId: 'UANNA', callbackId: 'log_activity' });
    await t.double.waitForCall('views.open', undefined, { since });
    const view = t.double.latestView('UANNA')!;
    expect(view.callback_id).toBe('activity_form');
    expect(inputBlock(view, 'responsible')?.element.initial_user).toBe('UANNA');
    expect(inputBlock(view, 'notes')?.element.initial_value).toBeUndefined();
  });

  it('Log as activity keeps the message as notes and its link, and shows both inert', async () => {
    const raw = '<!channel> call &lt;Bob&gt; &amp; <@UBEN> about the offer';
    const message = postMessage(raw);
    const view = await messageShortcut(message.ts, raw);
    expect(view.callback_id).toBe('activity_form');
    expect(inputBlock(view, 'notes')?.element.initial_value).toBe(
      '<!channel> call <Bob> & <@UBEN> about the offer',
    );
    const permalink = `https://${t.double.workspace.config.teamDomain}.slack.com/archives/${channelId}/p${message.ts.replace('.', '')}`;

    const { since } = await slack.submit('UANNA', view.id, {
      Person: { text: { type: 'plain_text', text: pia.name }, value: String(pia.id) },
      Type: 'Meeting',
      Subject: 'From the channel',
    });
    const card = await slack.savedCard(since);
    expect(card.channel).toBe(channelId);
    expect(JSON.stringify(card.blocks)).toContain(`<${permalink}|Original message>`);

    const stored = await prisma().activity.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(stored.permalink).toBe(permalink);
    expect(stored.notes).toBe('<!channel> call <Bob> & <@UBEN> about the offer');

    const shown = await t.slack.slashCommand({
      command: '/activity',
      text: `show ${stored.id}`,
      userId: 'UANNA',
    });
    const detail = JSON.stringify(shown.ack);
    expect(detail).toContain('&lt;!channel&gt; call &lt;Bob&gt; &amp; &lt;@UBEN&gt; about the offer');
    expect(detail).not.toContain('<!channel>');
    expect(detail).not.toContain('<@UBEN> about');
    expect(detail).toContain(`<${permalink}|Original message>`);
  });

  it('a tampered form cannot store or show a link of its own: the link is asked from Slack on saving', async () => {
    const message = postMessage('Customer called back');
    const view = await messageShortcut(message.ts, 'Customer called back');
    // Someone rewrites the form's state: a link of their choice, as an older form carried it.
    const stored = t.double.view(view.id)!;
    const metadata = JSON.parse(stored.private_metadata as string);
    stored.private_metadata = JSON.stringify({ ...metadata, permalink: 'https://evil.example/login' });
    const { since } = await slack.submit('UANNA', view.id, {
      Person: { text: { type: 'plain_text', text: pia.name }, value: String(pia.id) },
      Type: 'Meeting',
      Subject: 'Tampered form',
    });
    const card = await slack.savedCard(since);
    const permalink = `https://${t.double.workspace.config.teamDomain}.slack.com/archives/${channelId}/p${message.ts.replace('.', '')}`;
    expect(JSON.stringify(card.blocks)).not.toContain('evil.example');
    expect(JSON.stringify(card.blocks)).toContain(`<${permalink}|Original message>`);
    expect(t.double.callsTo('chat.getPermalink').some((call) => call.args.message_ts === message.ts)).toBe(
      true,
    );
    expect(await prisma().activity.findFirstOrThrow({ where: { subject: 'Tampered form' } })).toMatchObject({
      permalink,
    });
  });

  it('a stored link that is not a Slack link is never shown as the original message', async () => {
    const view = await slack.openForm('UANNA');
    const { since } = await slack.submit('UANNA', view.id, {
      Person: { text: { type: 'plain_text', text: pia.name }, value: String(pia.id) },
      Type: 'Meeting',
      Subject: 'Old row',
    });
    await slack.savedCard(since);
    const row = await prisma().activity.findFirstOrThrow({ where: { subject: 'Old row' } });
    await prisma().activity.update({
      where: { id: row.id },
      data: { permalink: 'https://evil.example/slack.com/archives/C1/p1' },
    });
    const shown = await t.slack.slashCommand({
      command: '/activity',
      text: `show ${row.id}`,
      userId: 'UANNA',
    });
    expect(JSON.stringify(shown.ack)).not.toContain('evil.example');
    expect(JSON.stringify(shown.ack)).not.toContain('Original message');
  });

  it('cuts a long message to the notes limit', async () => {
    const long = 'x'.repeat(3500);
    const message = postMessage(long);
    const view = await messageShortcut(message.ts, long);
    const notes = String(inputBlock(view, 'notes')?.element.initial_value);
    expect([...notes].length).toBe(3000);
    expect(notes.endsWith('…')).toBe(true);
  });

  it('still opens the form when Slack gives no link, and saves without one', async () => {
    const view = await messageShortcut('1600000000.000100', 'gone message');
    expect(inputBlock(view, 'notes')?.element.initial_value).toBe('gone message');
    expect(JSON.parse(view.private_metadata as string).permalink).toBeUndefined();
    const { since } = await slack.submit('UANNA', view.id, {
      Person: { text: { type: 'plain_text', text: pia.name }, value: String(pia.id) },
      Type: 'Meeting',
      Subject: 'No link',
    });
    const card = await slack.savedCard(since);
    expect(JSON.stringify(card.blocks)).not.toContain('Original message');
    const stored = await prisma().activity.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(stored).toMatchObject({ subject: 'No link', permalink: null, notes: 'gone message' });
  });
});
