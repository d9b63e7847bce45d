import type { ActivityRecord, HistoryEntry } from '../../../../src/domain/activities/activity-record';
import type { Viewer } from '../../../../src/domain/viewer';
import { messages } from '../../../../src/i18n';
import {
  buttonActionId,
  decodeButtonValue,
  decodeMoreValue,
  type ListState,
} from '../../../../src/slack/views/activities/activity-actions';
import { activityCard, goneMessage } from '../../../../src/slack/views/activities/activity-card';
import { activityDetail } from '../../../../src/slack/views/activities/activity-detail';
import { activityList } from '../../../../src/slack/views/activities/activity-list';
import type { ActivityViewContext } from '../../../../src/slack/views/activities/activity-parts';
import { validateMessageBlocks } from '../../../support/slack-double';

const now = new Date('2026-03-02T09:00:00Z');

const anna: Viewer = {
  workspaceId: 1,
  employeeId: 10,
  slackUserId: 'UANNA',
  isAdmin: false,
  locale: 'en',
  timezone: 'Europe/Stockholm',
};

function record(overrides: Partial<ActivityRecord> = {}): ActivityRecord {
  return {
    id: 12,
    workspaceId: 1,
    person: { id: 3, name: 'Pia Person', organization: { id: 4, name: 'Acme AB' } },
    organization: null,
    type: { id: 5, names: { en: 'Meeting', sv: 'Möte' }, key: 'MEETING', archived: false },
    subject: 'Quarterly review',
    status: 'NOT_STARTED',
    startAt: new Date('2026-03-03T13:30:00Z'),
    endAt: null,
    dueAt: new Date('2026-03-03T13:30:00Z'),
    completedAt: null,
    responsible: { id: 10, slackUserId: 'UANNA', name: 'anna' },
    notes: null,
    isPrivate: false,
    creator: { id: 11, slackUserId: 'UBEN', name: 'ben' },
    updatedBy: { id: 11, slackUserId: 'UBEN', name: 'ben' },
    source: 'SLACK',
    permalink: null,
    version: 1,
    deletedAt: null,
    deletedBy: null,
    seriesId: null,
    recurrence: null,
    createdAt: new Date('2026-03-01T08:00:00Z'),
    updatedAt: new Date('2026-03-01T08:00:00Z'),
    remindLeadMinutes: null,
    remindAt: null,
    outcomeAskAt: null,
    outcomePostponed: false,
    ...overrides,
  };
}

const en: ActivityViewContext = { m: messages('en'), viewer: anna, now };
const sv: ActivityViewContext = { m: messages('sv'), viewer: { ...anna, locale: 'sv' }, now };

const actionIds = (blocks: unknown[]) =>
  blocks.flatMap((block) =>
    (block as { type: string; elements?: { action_id?: string }[] }).type === 'actions'
      ? ((block as { elements: { action_id: string }[] }).elements ?? []).map((e) => e.action_id)
      : [],
  );

describe('the activity card', () => {
  it('shows id, type, subject, person with organization, status, due in the viewer’s zone, responsible', () => {
    const card = activityCard(en, record());
    expect(validateMessageBlocks(card.blocks)).toEqual({ ok: true, messages: [] });
    const shown = JSON.stringify(card.blocks);
    expect(shown).toContain('#12 · Meeting');
    expect(shown).toContain('Quarterly review');
    expect(shown).toContain('Pia Person · Acme AB');
    expect(shown).toContain('Not started');
    expect(shown).toContain('3 Mar 2026 14:30'); // 13:30 UTC is 14:30 in Stockholm
    expect(shown).toContain('<@UANNA>');
    expect(card.text).toContain('#12');
  });

  it('offers Done now, Start, Snooze, Edit and Delete as the state and the viewer allow', () => {
    expect(actionIds(activityCard(en, record()).blocks)).toEqual([
      buttonActionId('done', 12),
      buttonActionId('start', 12),
      buttonActionId('snoozeTomorrow', 12),
      buttonActionId('snoozeNextWeek', 12),
      buttonActionId('edit', 12),
      buttonActionId('delete', 12),
    ]);
    const inProgress = record({ status: 'IN_PROGRESS' });
    expect(actionIds(activityCard(en, inProgress).blocks)).toEqual([
      buttonActionId('done', 12),
      buttonActionId('snoozeTomorrow', 12),
      buttonActionId('snoozeNextWeek', 12),
      buttonActionId('edit', 12),
      buttonActionId('delete', 12),
    ]);
    // Done: a follow-up may be planned. Neither creator nor responsible nor admin: no Delete.
    const someoneElses = record({
      status: 'DONE',
      responsible: { id: 99, slackUserId: 'UZED', name: 'zed' },
    });
    expect(actionIds(activityCard(en, someoneElses).blocks)).toEqual([
      buttonActionId('followUp', 12),
      buttonActionId('edit', 12),
    ]);
    const asAdmin = { ...en, viewer: { ...anna, isAdmin: true } };
    expect(actionIds(activityCard(asAdmin, someoneElses).blocks)).toContain(buttonActionId('delete', 12));
  });

  it('offers Undo on a deleted activity, and says who deleted it', () => {
    const deleted = record({ deletedAt: now, deletedBy: { id: 10, slackUserId: 'UANNA', name: 'anna' } });
    const card = activityCard(en, deleted);
    expect(actionIds(card.blocks)).toEqual([buttonActionId('undo', 12)]);
    expect(JSON.stringify(card.blocks)).toContain('was deleted by <@UANNA>');
  });

  it('marks overdue activities and private ones', () => {
    const overdue = record({ dueAt: new Date('2026-03-01T08:00:00Z'), isPrivate: true });
    const shown = JSON.stringify(activityCard(en, overdue).blocks);
    expect(shown).toContain('overdue');
    expect(shown).toContain('Only visible to the responsible');
    expect(JSON.stringify(activityCard(en, record({ ...overdue, status: 'DONE' })).blocks)).not.toContain(
      'overdue',
    );
  });

  it('speaks Swedish, with the seed’s status names and Swedish dates', () => {
    const shown = JSON.stringify(activityCard(sv, record()).blocks);
    expect(shown).toContain('Ej påbörjad');
    expect(shown).toContain('Ansvarig');
    expect(shown).toContain('Klar nu');
    expect(shown).toContain('3 mars 2026 14:30');
    expect(JSON.stringify(activityCard(sv, record({ status: 'IN_PROGRESS' })).blocks)).toContain('Pågår');
    expect(JSON.stringify(activityCard(sv, record({ status: 'DONE' })).blocks)).toContain('Klar');
  });

  it('shows whatever users typed literally, notifying nobody', () => {
    const nasty = record({
      subject: '<!channel> hi <@U123>',
      person: { id: 3, name: '<!here> & co', organization: null },
      type: { id: 5, names: { en: '<!everyone>', sv: '<!everyone>' }, key: null, archived: false },
    });
    const card = activityCard(en, nasty);
    const shown = JSON.stringify(card);
    expect(shown).toContain('&lt;!channel&gt; hi &lt;@U123&gt;');
    expect(shown).toContain('&lt;!here&gt; &amp; co');
    for (const mention of ['<!channel>', '<@U123>', '<!here>', '<!everyone>'])
      expect(shown).not.toContain(mention);
  });

  it('carries the activity, its responsible as drawn and where it sits in every button', () => {
    const card = activityCard(en, record());
    const actions = card.blocks.find((b) => b.type === 'actions') as { elements: { value: string }[] };
    for (const element of actions.elements) {
      expect(decodeButtonValue(element.value)).toEqual({ a: 12, r: record().responsible.id, s: 'card' });
    }
    expect(decodeButtonValue('{"a":"x"}')).toBeNull();
    expect(decodeButtonValue('not json')).toBeNull();
  });

  it('says plainly when the activity is gone', () => {
    expect(goneMessage(en, 12).text).toBe('Activity #12 no longer exists, or you can no longer see it.');
  });
});

describe('the activity list', () => {
  const state = (overrides: Partial<ListState> = {}): ListState => ({
    f: 'open',
    r: 'UANNA',
    n: 1,
    i: [12],
    x: null,
    ...overrides,
  });

  it('titles the list by whose it is and the filter, in the viewer’s language', () => {
    expect(activityList(en, { state: state(), records: [record()] }).text).toBe('Your activities: open');
    expect(activityList(en, { state: state({ r: 'UBEN', f: 'overdue' }), records: [] }).text).toBe(
      'Activities of <@UBEN>: overdue',
    );
    expect(
      activityList(sv, { state: state({ r: undefined, p: 3, f: 'all' }), records: [], contactName: 'Pia' })
        .text,
    ).toBe('Aktiviteter med Pia: alla');
    expect(
      activityList(en, {
        state: state({ r: undefined, o: 4, f: 'done' }),
        records: [],
        contactName: 'Acme AB',
      }).text,
    ).toBe('Activities linked to Acme AB: done');
  });

  it('offers All, Open, Overdue and Done on a person’s or an organization’s list, the current one marked', () => {
    const list = activityList(sv, {
      state: state({ r: undefined, o: 4, f: 'open', i: [12], x: 'CURSOR' }),
      records: [record()],
      contactName: 'Acme AB',
    });
    expect(validateMessageBlocks(list.blocks)).toEqual({ ok: true, messages: [] });
    const filters = list.blocks[1] as {
      elements: { action_id: string; value: string; style?: string; text: { text: string } }[];
    };
    expect(filters.elements.map((e) => [e.text.text, e.style ?? null])).toEqual([
      ['Alla', null],
      ['Ej klara', 'primary'],
      ['Försenade', null],
      ['Klara', null],
    ]);
    expect(filters.elements.map((e) => e.action_id)).toEqual([
      'activity_list_filter:all',
      'activity_list_filter:open',
      'activity_list_filter:overdue',
      'activity_list_filter:done',
    ]);
    expect(decodeMoreValue(filters.elements[3]?.value)).toEqual({ f: 'done', o: 4, n: 1, x: null });
    const more = list.blocks.at(-1) as { elements: { value: string }[] };
    expect(decodeMoreValue(more.elements[0]?.value)).toEqual({ f: 'open', o: 4, n: 2, x: 'CURSOR' });
    expect(JSON.stringify(activityList(en, { state: state(), records: [] }).blocks)).not.toContain(
      'activity_list_filter',
    );
  });

  it('shows ten activities, each with its own buttons, and More with the next page', () => {
    const records = Array.from({ length: 10 }, (_, i) => record({ id: 100 + i }));
    const list = activityList(en, {
      state: state({ i: records.map((r) => r.id), x: 'CURSOR', n: 2 }),
      records,
    });
    expect(validateMessageBlocks(list.blocks)).toEqual({ ok: true, messages: [] });
    expect(list.text).toBe('Your activities: open · page 2');
    const ids = actionIds(list.blocks);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(buttonActionId('done', 109));
    const more = list.blocks.at(-1) as { elements: { action_id: string; value: string }[] };
    expect(more.elements[0]?.action_id).toBe('activity_list_more');
    expect(decodeMoreValue(more.elements[0]?.value)).toEqual({ f: 'open', r: 'UANNA', n: 3, x: 'CURSOR' });
  });

  it('says so when empty, and marks activities that went away since the page was drawn', () => {
    expect(JSON.stringify(activityList(en, { state: state({ i: [] }), records: [] }).blocks)).toContain(
      'Nothing to show here.',
    );
    expect(JSON.stringify(activityList(en, { state: state({ i: [12] }), records: [] }).blocks)).toContain(
      'Activity #12 no longer exists',
    );
  });

  it('escapes subjects and names', () => {
    const list = activityList(en, {
      state: state({ r: undefined, p: 3 }),
      records: [record({ subject: '<!channel> hi <@U123>' })],
      contactName: '<@U999>',
    });
    const shown = JSON.stringify(list);
    expect(shown).not.toContain('<!channel>');
    expect(shown).not.toContain('<@U123>');
    expect(shown).not.toContain('<@U999>');
  });
});

describe('the detail view', () => {
  const history: HistoryEntry[] = [
    {
      id: 2,
      kind: 'UPDATED',
      actor: { id: 11, slackUserId: 'UBEN', name: 'ben' },
      actorLabel: null,
      changes: [
        { field: 'status', from: 'NOT_STARTED', to: 'DONE' },
        { field: 'end', from: null, to: '2026-03-02T09:00:00.000Z' },
        { field: 'subject', from: 'Old', to: '<!channel>' },
        { field: 'notes', from: 'a', to: 'b' },
      ],
      createdAt: new Date('2026-03-02T09:00:00Z'),
    },
    {
      id: 1,
      kind: 'CREATED',
      actor: { id: 11, slackUserId: 'UBEN', name: 'ben' },
      actorLabel: null,
      changes: [],
      createdAt: new Date('2026-03-01T08:00:00Z'),
    },
  ];

  it('shows notes, creator and history with readable values', () => {
    const detail = activityDetail(en, {
      record: record({ notes: 'Call <!here> first', updatedAt: now }),
      history,
      historyTotal: 2,
    });
    expect(validateMessageBlocks(detail.blocks)).toEqual({ ok: true, messages: [] });
    const shown = JSON.stringify(detail.blocks);
    expect(shown).toContain('Call &lt;!here&gt; first');
    expect(shown).toContain('Created 1 Mar 2026 09:00 by <@UBEN>');
    expect(shown).toContain('*History*');
    expect(shown).toContain('*Status*: Not started → Done');
    expect(shown).toContain('*End*: – → 2 Mar 2026 10:00');
    expect(shown).toContain('*Subject*: Old → &lt;!channel&gt;');
    expect(shown).toContain('created the activity');
    expect(shown).not.toContain('<!channel>');
  });

  it('stays within Slack’s limits with long notes and a long history', () => {
    const long = Array.from({ length: 20 }, (_, i) => ({
      ...history[0]!,
      id: 100 + i,
      changes: [{ field: 'subject', from: '<'.repeat(150), to: '&'.repeat(150) }],
    }));
    const detail = activityDetail(sv, {
      record: record({ notes: '<'.repeat(3000) }),
      history: long,
      historyTotal: 45,
    });
    expect(validateMessageBlocks(detail.blocks)).toEqual({ ok: true, messages: [] });
    expect(JSON.stringify(detail.blocks)).toContain('…och 25 tidigare händelser.');
  });
});
