import { activitySlack, addPerson, SettableClock, workspaceOf } from '../../support/fixtures/activities';
import type { SlackView } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

// Thursday 26 November 2026: 16:00 in Stockholm, 10:00 in New York.
const NOW = new Date('2026-11-26T15:00:00Z');

function element(view: SlackView, field: string): Record<string, unknown> {
  const block = view.blocks.find((b) => b.type === 'input' && String(b.block_id).startsWith(`${field}.`)) as
    | { element: Record<string, unknown> }
    | undefined;
  if (!block) throw new Error(`no ${field} input`);
  return block.element;
}

describe('/activity <free text> prefills the Log activity form', () => {
  let t: TestApp;
  let slack: ReturnType<typeof activitySlack>;
  let anna: { id: number; name: string };
  let bob: { id: number; name: string };

  beforeAll(async () => {
    t = await startTestApp({ clock: new SettableClock(NOW) });
    slack = activitySlack(t);
    t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE', tz: 'Europe/Stockholm' });
    t.double.addUser({ id: 'UNANCY', name: 'nancy', locale: 'en-US', tz: 'America/New_York' });
    const workspaceId = (await workspaceOf(t)).id;
    const prisma = t.app.database.prisma;
    anna = await addPerson(prisma, workspaceId, { name: 'Anna Andersson' });
    await addPerson(prisma, workspaceId, { name: 'Anna Berg' });
    bob = await addPerson(prisma, workspaceId, { name: 'Bob Björk' });
  });
  afterAll(() => t.stop());

  it('for a Swedish user: the person, tomorrow 10:00 Stockholm time and the rest as subject', async () => {
    const view = await slack.openForm('USVEN', 'ring Anna Andersson imorgon kl 10 om offerten');
    expect(view.callback_id).toBe('activity_form');
    expect(element(view, 'person').initial_option).toMatchObject({ value: String(anna.id) });
    expect(JSON.stringify(element(view, 'person').initial_option)).toContain('Anna Andersson');
    expect(element(view, 'start').initial_date_time).toBe(Date.parse('2026-11-27T09:00:00Z') / 1000);
    expect(element(view, 'subject').initial_value).toBe('ring om offerten');
  });

  it('for an English user: the person, tomorrow 10:00 New York time and the rest as subject', async () => {
    const view = await slack.openForm('UNANCY', 'call bob tomorrow 10:00 about <!channel> pricing');
    expect(element(view, 'person').initial_option).toMatchObject({ value: String(bob.id) });
    expect(element(view, 'start').initial_date_time).toBe(Date.parse('2026-11-27T15:00:00Z') / 1000);
    expect(element(view, 'subject').initial_value).toBe('call about <!channel> pricing');
  });

  it('guesses no person when the name fits several, and starts now without a date', async () => {
    const view = await slack.openForm('USVEN', 'ring Anna om offerten');
    expect(element(view, 'person').initial_option).toBeUndefined();
    expect(element(view, 'start').initial_date_time).toBe(NOW.getTime() / 1000);
    expect(element(view, 'subject').initial_value).toBe('ring Anna om offerten');
  });

  it('still runs the subcommands and the help', async () => {
    const help = await t.slack.slashCommand({ command: '/activity', text: 'help', userId: 'UNANCY' });
    expect(JSON.stringify(help.ack)).toContain('/activity list');
    const opened = t.double.callsTo('views.open').length;
    const list = await t.slack.slashCommand({ command: '/activity', text: 'list', userId: 'UNANCY' });
    expect(list.status).toBe(200);
    const show = await t.slack.slashCommand({ command: '/activity', text: 'show', userId: 'UNANCY' });
    expect(JSON.stringify(show.ack)).toContain('/activity show');
    expect(t.double.callsTo('views.open')).toHaveLength(opened);
  });
});
