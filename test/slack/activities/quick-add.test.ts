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
  let annaBerg: { id: number; name: string };
  let bob: { id: number; name: string };
  let per: { id: number; name: string };

  const startOf = (view: SlackView) => element(view, 'start').initial_date_time;
  const subjectOf = (view: SlackView) => element(view, 'subject').initial_value;
  const personOf = (view: SlackView) => (element(view, 'person').initial_option as { value?: string })?.value;

  beforeAll(async () => {
    t = await startTestApp({ clock: new SettableClock(NOW) });
    slack = activitySlack(t);
    t.double.addUser({ id: 'USVEN', name: 'sven', locale: 'sv-SE', tz: 'Europe/Stockholm' });
    t.double.addUser({ id: 'UNANCY', name: 'nancy', locale: 'en-US', tz: 'America/New_York' });
    const workspaceId = (await workspaceOf(t)).id;
    const prisma = t.app.database.prisma;
    anna = await addPerson(prisma, workspaceId, { name: 'Anna Andersson' });
    annaBerg = await addPerson(prisma, workspaceId, { name: 'Anna Berg' });
    bob = await addPerson(prisma, workspaceId, { name: 'Bob Björk' });
    per = await addPerson(prisma, workspaceId, { name: 'Per Östergren' });
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

  describe('Swedish phrases from a Swedish user of an English workspace, in Stockholm time', () => {
    it('a surname, "i morgon kl 10" written apart', async () => {
      const view = await slack.openForm('USVEN', 'ring Östergren i morgon kl 10 om avtalet');
      expect(personOf(view)).toBe(String(per.id));
      expect(startOf(view)).toBe(Date.parse('2026-11-27T09:00:00Z') / 1000);
      expect(subjectOf(view)).toBe('ring om avtalet');
    });

    it('"på fredag eftermiddag" is Friday 13:00', async () => {
      const view = await slack.openForm('USVEN', 'möte med Bob på fredag eftermiddag');
      expect(personOf(view)).toBe(String(bob.id));
      expect(startOf(view)).toBe(Date.parse('2026-11-27T12:00:00Z') / 1000);
      expect(subjectOf(view)).toBe('möte med');
    });

    it('"halv tre" is 14:30 today, and "i övermorgon" leaves no word behind', async () => {
      const half = await slack.openForm('USVEN', 'ring Anna Berg halv tre');
      expect(personOf(half)).toBe(String(annaBerg.id));
      expect(startOf(half)).toBe(Date.parse('2026-11-26T13:30:00Z') / 1000);
      expect(subjectOf(half)).toBe('ring');
      const later = await slack.openForm('USVEN', 'skicka offerten i övermorgon');
      expect(startOf(later)).toBe(Date.parse('2026-11-28T15:00:00Z') / 1000);
      expect(subjectOf(later)).toBe('skicka offerten');
    });

    it('"nästa vecka" is Monday at the digest hour the user chose', async () => {
      const since = t.double.calls.length;
      await t.slack.slashCommand({ command: '/activity', text: 'settings', userId: 'USVEN' });
      await t.double.waitForCall('views.open', undefined, { since });
      const settings = t.double.latestView('USVEN')!;
      const saved = await t.slack.viewSubmission({
        userId: 'USVEN',
        viewId: settings.id,
        fill: { 'Tid för sammanfattningen': '07:00' },
      });
      expect(JSON.stringify(saved.ack)).toContain('Dina inställningar är sparade.');
      const view = await slack.openForm('USVEN', 'uppföljning nästa vecka');
      expect(startOf(view)).toBe(Date.parse('2026-11-30T06:00:00Z') / 1000);
      expect(subjectOf(view)).toBe('uppföljning');
    });
  });

  describe('English phrases from an English user, in New York time', () => {
    it('a surname, "next Tuesday at 3" is Tuesday of next week at 15:00', async () => {
      const view = await slack.openForm('UNANCY', 'call Björk next Tuesday at 3');
      expect(personOf(view)).toBe(String(bob.id));
      expect(startOf(view)).toBe(Date.parse('2026-12-01T20:00:00Z') / 1000);
      expect(subjectOf(view)).toBe('call');
    });

    it('"the day after tomorrow at 2:30pm" and a full name', async () => {
      const view = await slack.openForm('UNANCY', 'demo with Anna Berg the day after tomorrow at 2:30pm');
      expect(personOf(view)).toBe(String(annaBerg.id));
      expect(startOf(view)).toBe(Date.parse('2026-11-28T19:30:00Z') / 1000);
      expect(subjectOf(view)).toBe('demo with');
    });

    it('"3/12" is the 3rd of December', async () => {
      const view = await slack.openForm('UNANCY', 'renewal call 3/12 at 9');
      expect(startOf(view)).toBe(Date.parse('2026-12-03T14:00:00Z') / 1000);
      expect(subjectOf(view)).toBe('renewal call');
    });
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
