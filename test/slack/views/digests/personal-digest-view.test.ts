import type { ActivityRecord } from '../../../../src/domain/activities/activity-record';
import type { PersonalDigest } from '../../../../src/domain/digests/personal-digest';
import { messages } from '../../../../src/i18n';
import {
  DIGEST_ITEMS_MAX,
  personalDigestMessage,
} from '../../../../src/slack/views/digests/personal-digest-view';
import { validateMessageBlocks } from '../../../support/slack-double';

const NOW = new Date('2026-12-01T07:00:00Z');

function record(id: number, dueAt: Date): ActivityRecord {
  const long = 'X'.repeat(100);
  return {
    id,
    workspaceId: 1,
    person: { id: 1, name: `Pia ${long}`, organization: { id: 1, name: `Org ${long}` } },
    organization: null,
    type: { id: 1, names: { en: `Meeting ${long}`, sv: `Möte ${long}` }, key: null, archived: false },
    subject: `<@U123> ${'S'.repeat(140)}`,
    status: 'NOT_STARTED',
    startAt: dueAt,
    endAt: null,
    dueAt,
    completedAt: null,
    responsible: { id: 1, slackUserId: 'UANNA', name: 'anna' },
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
    createdAt: dueAt,
    updatedAt: dueAt,
    remindLeadMinutes: null,
    remindAt: null,
    outcomeAskAt: null,
    outcomePostponed: false,
  };
}

function digest(counts: [number, number, number]): PersonalDigest {
  let id = 0;
  const items = (count: number, due: Date) =>
    Array.from({ length: Math.min(count, DIGEST_ITEMS_MAX) }, () => record(++id, due));
  return {
    employeeId: 1,
    localDate: '2026-12-01',
    groups: [
      { key: 'overdue', count: counts[0], items: items(counts[0], new Date('2026-11-20T09:00:00Z')) },
      { key: 'today', count: counts[1], items: items(counts[1], new Date('2026-12-01T12:00:00Z')) },
      { key: 'upcoming', count: counts[2], items: items(counts[2], new Date('2026-12-03T12:00:00Z')) },
    ],
    total: counts[0] + counts[1] + counts[2],
  };
}

describe('personal digest view', () => {
  it.each(['en', 'sv'] as const)(
    'stays within Slack’s limits with long lists and long names (%s)',
    (locale) => {
      const ctx = {
        m: messages(locale),
        viewer: {
          workspaceId: 1,
          employeeId: 1,
          slackUserId: 'UANNA',
          isAdmin: false,
          locale,
          timezone: 'Europe/Stockholm',
        },
        now: NOW,
      };
      const message = personalDigestMessage(ctx, digest([40, 30, 500]), { notice: 'Done.' });
      expect(message.blocks.length).toBeLessThanOrEqual(50);
      expect(validateMessageBlocks(message.blocks)).toEqual({ ok: true, messages: [] });
      const shown = JSON.stringify(message.blocks);
      expect(shown).not.toContain('<@U123>');
      expect(shown).toContain(
        locale === 'en' ? `and ${570 - DIGEST_ITEMS_MAX} more` : `och ${570 - DIGEST_ITEMS_MAX} till`,
      );
    },
  );

  it.each([
    ['en', '↻ every 2nd Tuesday, 6 times'],
    ['sv', '↻ varannan tisdag, 6 gånger'],
  ] as const)('marks a repeating item with ↻ and its rule in words (%s, product §3.6)', (locale, words) => {
    const ctx = {
      m: messages(locale),
      viewer: {
        workspaceId: 1,
        employeeId: 1,
        slackUserId: 'UANNA',
        isAdmin: false,
        locale,
        timezone: 'Europe/Stockholm',
      },
      now: NOW,
    };
    const repeating = {
      ...record(1, new Date('2026-12-01T12:00:00Z')),
      recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6',
    };
    const today = digest([0, 1, 0]);
    const message = personalDigestMessage(ctx, {
      ...today,
      groups: today.groups.map((group) => (group.key === 'today' ? { ...group, items: [repeating] } : group)),
    });
    expect(JSON.stringify(message.blocks)).toContain(words);
    expect(validateMessageBlocks(message.blocks)).toEqual({ ok: true, messages: [] });
  });

  it('points to App Home with a link when the app id is known', () => {
    const ctx = {
      m: messages('en'),
      viewer: {
        workspaceId: 1,
        employeeId: 1,
        slackUserId: 'UANNA',
        isAdmin: false,
        locale: 'en' as const,
        timezone: 'UTC',
      },
      now: NOW,
    };
    const message = personalDigestMessage(ctx, digest([30, 0, 0]), {
      homeUrl: 'slack://app?team=T1&id=A1&tab=home',
    });
    expect(JSON.stringify(message.blocks)).toContain('<slack://app?team=T1&id=A1&tab=home|App Home>');
  });
});
