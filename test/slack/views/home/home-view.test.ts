import type { ActivityRecord } from '../../../../src/domain/activities/activity-record';
import type { HomeGroup } from '../../../../src/domain/activities/home-activities';
import type { Viewer } from '../../../../src/domain/viewer';
import { messages } from '../../../../src/i18n';
import type { ActivityViewContext } from '../../../../src/slack/views/activities/activity-parts';
import { HOME_BLOCK_LIMIT, HOME_ITEMS_MAX, homeView } from '../../../../src/slack/views/home/home-view';
import { validateView } from '../../../support/slack-double';

const now = new Date('2026-03-02T09:00:00Z');
const anna: Viewer = {
  workspaceId: 1,
  employeeId: 10,
  slackUserId: 'UANNA',
  isAdmin: false,
  locale: 'en',
  timezone: 'Europe/Stockholm',
};
const ctx = (locale: 'en' | 'sv' = 'en'): ActivityViewContext => ({
  m: messages(locale),
  viewer: { ...anna, locale },
  now,
});

function record(id: number, overrides: Partial<ActivityRecord> = {}): ActivityRecord {
  const due = new Date('2026-03-03T13:30:00Z');
  return {
    id,
    workspaceId: 1,
    person: { id: 3, name: 'Pia Person', organization: null },
    organization: null,
    type: { id: 5, names: { en: 'Meeting', sv: 'Möte' }, key: 'MEETING', archived: false },
    subject: `Subject ${id}`,
    status: 'NOT_STARTED',
    startAt: due,
    endAt: null,
    dueAt: due,
    completedAt: null,
    responsible: { id: 10, slackUserId: 'UANNA', name: 'anna' },
    notes: null,
    isPrivate: false,
    creator: null,
    updatedBy: null,
    source: 'SLACK',
    permalink: null,
    version: 1,
    deletedAt: null,
    deletedBy: null,
    seriesId: null,
    recurrence: null,
    createdAt: now,
    updatedAt: now,
    remindLeadMinutes: null,
    remindAt: null,
    outcomeAskAt: null,
    outcomePostponed: false,
    ...overrides,
  };
}

const group = (key: HomeGroup['key'], items: ActivityRecord[], count = items.length): HomeGroup => ({
  key,
  count,
  items,
});

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: Record<string, unknown>[];
};

describe('App Home view', () => {
  it('is a valid Home tab with Log activity and a heading and count per group that has activities', () => {
    const view = homeView(ctx(), [
      group('overdue', [record(1, { dueAt: new Date('2026-03-01T08:00:00Z') })]),
      group('today', []),
      group('upcoming', [record(2), record(3, { status: 'IN_PROGRESS' })]),
      group('later', []),
    ]);
    expect(validateView(view, 'home')).toEqual({ ok: true, messages: [] });
    const blocks = view.blocks as Block[];
    const texts = blocks.map((block) => block.text?.text ?? '');
    expect(texts).toContain('*Overdue* · 1');
    expect(texts).toContain('*Upcoming (next 14 days)* · 2');
    expect(texts.some((text) => text.startsWith('*Today*'))).toBe(false);
    expect(JSON.stringify(blocks)).toContain('Unfinished: Overdue 1 · Upcoming (next 14 days) 2');
    const actions = (id: number) =>
      (blocks.find((block) => block.block_id === `home_item:${id}`)?.elements ?? []).map((e) => e.action_id);
    expect(actions(2)).toEqual(['home_done:2', 'home_start:2', 'home_edit:2', 'home_snooze:2']);
    // In progress already: no Start.
    expect(actions(3)).toEqual(['home_done:3', 'home_edit:3', 'home_snooze:3']);
    expect(blocks[1]?.elements?.map((e) => e.action_id)).toEqual(['home_log_activity', 'settings_open']);
  });

  it('escapes what users typed', () => {
    const view = homeView(ctx(), [
      group('today', [record(4, { subject: '<!channel> hi <@U123> & *bold*' })]),
    ]);
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain('&lt;!channel&gt; hi &lt;@U123&gt; &amp;');
    expect(shown).not.toContain('<!channel>');
    expect(shown).not.toContain('<@U123>');
  });

  it('puts a notice on top when given one', () => {
    const view = homeView(ctx(), [], { notice: 'Activity #4 is done.' });
    expect((view.blocks as Block[]).find((b) => b.block_id === 'home_notice')).toBeDefined();
    expect(JSON.stringify(view.blocks)).toContain('Activity #4 is done.');
  });

  it('stays within 100 blocks and counts what did not fit, over all groups', () => {
    const many = (from: number, n: number) => Array.from({ length: n }, (_, i) => record(from + i));
    const view = homeView(ctx(), [
      group('overdue', many(1, 30), 30),
      group('today', many(100, HOME_ITEMS_MAX), 70),
      group('upcoming', many(200, HOME_ITEMS_MAX), 300),
      group('later', many(600, HOME_ITEMS_MAX), 100),
    ]);
    expect(view.blocks.length).toBeLessThanOrEqual(HOME_BLOCK_LIMIT);
    expect(validateView(view, 'home')).toEqual({ ok: true, messages: [] });
    const shown = (view.blocks as Block[]).filter((b) => b.block_id?.startsWith('home_summary:')).length;
    expect(shown).toBe(HOME_ITEMS_MAX);
    expect(JSON.stringify(view.blocks)).toContain(`…and ${500 - HOME_ITEMS_MAX} more — \`/activity list\``);
  });

  it('says so when nothing is unfinished, and no more line', () => {
    const view = homeView(ctx(), [group('overdue', []), group('today', [])]);
    expect(JSON.stringify(view.blocks)).toContain('Nothing unfinished');
    expect(JSON.stringify(view.blocks)).not.toContain('more —');
  });

  it('speaks Swedish to a Swedish user', () => {
    const view = homeView(ctx('sv'), [group('today', [record(5)])]);
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain('Dina aktiviteter');
    expect(shown).toContain('*I dag* · 1');
    expect(shown).toContain('Ej påbörjad');
    expect(shown).toContain('Skjut upp till nästa vecka');
  });
});
