import type { KnownBlock } from '@slack/types';
import type { TeamDigest, TeamDigestItem } from '../../../../src/domain/teams/team-digest';
import { messages } from '../../../../src/i18n';
import { teamDigestMessage } from '../../../../src/slack/views/digests/team-digest-view';
import { validateMessageBlocks } from '../../../support/slack-double';

const en = messages('en');
const sv = messages('sv');

function item(id: number, overrides: Partial<TeamDigestItem> = {}): TeamDigestItem {
  return {
    activityId: id,
    typeNames: { en: 'Meeting', sv: 'Möte' },
    dueAt: new Date('2026-03-05T09:00:00Z'),
    responsibleSlackUserId: 'UANNA',
    overdueWorkingDays: 4,
    subject: `Subject ${id}`,
    personName: `Person ${id}`,
    isPrivate: false,
    ...overrides,
  };
}

const secret = item(7, {
  subject: null,
  personName: null,
  isPrivate: true,
  typeNames: { en: 'Meeting', sv: 'Möte' },
  responsibleSlackUserId: 'UBERTIL',
  dueAt: new Date('2026-03-02T09:00:00Z'),
  overdueWorkingDays: 7,
});

function digest(overrides: Partial<TeamDigest> = {}): TeamDigest {
  return {
    teamId: 1,
    teamName: 'Sales <North>',
    channelId: 'CSALES',
    localDate: '2026-03-11',
    timezone: 'Europe/Stockholm',
    escalationDays: 3,
    members: [
      { employeeId: 1, slackUserId: 'UANNA', name: 'Anna', unfinished: 3, overdue: 2, completedYesterday: 2 },
      {
        employeeId: 2,
        slackUserId: 'UBERTIL',
        name: 'Bertil',
        unfinished: 2,
        overdue: 1,
        completedYesterday: 0,
      },
    ],
    loggedYesterdayByType: [
      { typeNames: { en: 'Meeting', sv: 'Möte' }, count: 2 },
      { typeNames: { en: 'Call & <!channel>', sv: 'Samtal & <!channel>' }, count: 1 },
    ],
    oldestOverdue: [secret, item(3, { subject: 'Pricing <!here> & terms', personName: '<@U999> Eve' })],
    escalated: [secret, item(3)],
    escalatedTotal: 2,
    ...overrides,
  };
}

const texts = (blocks: KnownBlock[]) => JSON.stringify(blocks);

function expectValid(blocks: KnownBlock[]) {
  const verdict = validateMessageBlocks(blocks);
  expect(verdict.messages ?? []).toEqual([]);
  expect(verdict.ok).toBe(true);
}

describe('teamDigestMessage (product §5.3)', () => {
  it('heads the message with the team and the date, in English', () => {
    const { text, blocks } = teamDigestMessage(en, digest());
    expect(blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Sales <North> — Wednesday 11 Mar 2026' },
    });
    // The fallback text is mrkdwn (and what notifications show): the typed name stays inert.
    expect(text).toBe('Team digest for Sales &lt;North&gt;, Wednesday 11 Mar 2026');
    expectValid(blocks);
  });

  it('shows a row per member with a mention, yesterday by type, oldest overdue and escalation', () => {
    const shown = texts(teamDigestMessage(en, digest()).blocks);
    expect(shown).toContain('<@UANNA>: 3 unfinished · 2 overdue · 2 completed yesterday');
    expect(shown).toContain('<@UBERTIL>: 2 unfinished · 1 overdue · 0 completed yesterday');
    expect(shown).toContain('*Logged yesterday*\\nMeeting: 2\\nCall &amp; &lt;!channel&gt;: 1');
    expect(shown).toContain('*Past the escalation threshold (3 working days)*');
    expect(shown).toContain(
      '#3 *Meeting*: Subject 3 (Person 3) · responsible <@UANNA> · due 5 Mar 2026 · 4 working days overdue',
    );
  });

  it('shows a private activity only as such, with its responsible', () => {
    const shown = texts(teamDigestMessage(en, digest()).blocks);
    expect(shown).toContain(
      '#7 :lock: private activity · responsible <@UBERTIL> · due 2 Mar 2026 · 7 working days overdue',
    );
    // Even if a caller forgot to blank the details, the flag alone keeps them out.
    const leaky = digest({ oldestOverdue: [{ ...secret, subject: 'Secret merger', personName: 'Hemlig' }] });
    const leakyText = texts(teamDigestMessage(en, leaky).blocks);
    expect(leakyText).not.toContain('Secret merger');
    expect(leakyText).not.toContain('Hemlig');
  });

  it('escapes what users typed so nobody is notified by a subject or a name', () => {
    const shown = texts(teamDigestMessage(en, digest()).blocks);
    expect(shown).toContain('Pricing &lt;!here&gt; &amp; terms (&lt;@U999&gt; Eve)');
    expect(shown).not.toContain('<!here>');
    expect(shown).not.toContain('<!channel>');
    expect(shown).not.toContain('<@U999>');
  });

  it('has no buttons: the channel shares one message', () => {
    const { blocks } = teamDigestMessage(en, digest());
    expect(blocks.some((block) => block.type === 'actions')).toBe(false);
    expect(texts(blocks)).not.toContain('"accessory"');
  });

  it('speaks Swedish', () => {
    const { text, blocks } = teamDigestMessage(sv, digest());
    const shown = texts(blocks);
    expect(text).toBe('Teamsammanfattning för Sales &lt;North&gt;, onsdag 11 mars 2026');
    expect(shown).toContain('<@UANNA>: 3 ofärdiga · 2 försenade · 2 klara i går');
    expect(shown).toContain('*Över eskaleringsgränsen (3 arbetsdagar)*');
    expect(shown).toContain(':lock: privat aktivitet');
    expect(shown).toContain('7 arbetsdagar försenad');
    expectValid(blocks);
  });

  it('says when there is nothing to report', () => {
    const quiet = digest({
      members: [],
      loggedYesterdayByType: [],
      oldestOverdue: [],
      escalated: [],
      escalatedTotal: 0,
    });
    const shown = texts(teamDigestMessage(en, quiet).blocks);
    expect(shown).toContain('The team has no members yet.');
    expect(shown).toContain('Nothing was logged yesterday.');
    expect(shown).toContain('Nothing is overdue.');
    expect(shown).toContain('Nothing is past the threshold.');
  });

  it('says how many more are past the threshold when the list is cut', () => {
    const escalated = Array.from({ length: 20 }, (_, index) => item(100 + index));
    const shown = texts(teamDigestMessage(en, digest({ escalated, escalatedTotal: 57 })).blocks);
    expect(shown).toContain('…and 37 more');
    expect(shown).toContain('#119 ');
  });

  it('stays within Slack’s limits with the longest texts and a hundred members', () => {
    const long = 'W&<'.repeat(50);
    const members = Array.from({ length: 100 }, (_, index) => ({
      employeeId: index,
      slackUserId: `UMEMBER${String(index).padStart(4, '0')}`,
      name: `Member ${index}`,
      unfinished: 1000 + index,
      overdue: 999,
      completedYesterday: 99,
    }));
    const escalated = Array.from({ length: 20 }, (_, index) =>
      item(1_000_000 + index, {
        subject: long,
        personName: long.repeat(5),
        typeNames: { en: long.slice(0, 60), sv: long.slice(0, 60) },
      }),
    );
    const big = digest({
      teamName: 'T'.repeat(60),
      members,
      loggedYesterdayByType: Array.from({ length: 40 }, (_, index) => ({
        typeNames: { en: `${long.slice(0, 57)}${index}`, sv: `${long.slice(0, 57)}${index}` },
        count: index,
      })),
      oldestOverdue: escalated.slice(0, 5),
      escalated,
      escalatedTotal: 5000,
    });
    for (const m of [en, sv]) {
      const { blocks } = teamDigestMessage(m, big);
      expectValid(blocks);
      expect(blocks.length).toBeLessThanOrEqual(50);
      for (const block of blocks) {
        if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(3000);
      }
      const shown = texts(blocks);
      expect(shown).toMatch(/…(and 4980 more|och 4980 till)/);
      const mentioned = members.filter((member) => shown.includes(`<@${member.slackUserId}>`)).length;
      const more = /…(?:and|och) (\d+) (?:more members|member|medlemmar)/.exec(shown);
      expect(mentioned + Number(more?.[1] ?? 0)).toBe(100);
    }
  });
});
