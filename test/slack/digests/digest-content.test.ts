import type { StoredMessage } from '../../support/slack-double';
import { validateMessageBlocks } from '../../support/slack-double';
import { addActivity, addEmployee, type DigestBed, digestsOf, startDigestBed } from './digest-harness';

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: { action_id?: string }[];
};

/** The digest as a reader sees it: each group heading with the activity numbers under it. */
function groupsOf(message: StoredMessage | undefined): Record<string, number[]> {
  const groups: Record<string, number[]> = {};
  let current: number[] | null = null;
  for (const block of (message?.blocks ?? []) as Block[]) {
    const id = block.block_id ?? '';
    if (id.startsWith('digest_group:')) {
      current = [];
      groups[block.text?.text ?? ''] = current;
    } else if (current && id.startsWith('digest_item:')) current.push(Number(id.split(':')[1]));
  }
  return groups;
}

const actionIds = (message: StoredMessage | undefined) =>
  ((message?.blocks ?? []) as Block[]).flatMap((b) => (b.elements ?? []).flatMap((e) => e.action_id ?? []));

describe('daily digest: content and buttons', () => {
  let bed: DigestBed;
  let anna: number;
  let sven: number;
  const seen: Record<string, number> = {};

  async function press(userId: string, message: StoredMessage, actionId: string): Promise<StoredMessage> {
    const channelId = bed.double.dmChannelFor(userId);
    const since = bed.double.calls.length;
    await bed.slack.blockActions({
      userId,
      actionId,
      container: { type: 'message', channelId, messageTs: message.ts },
    });
    await bed.double.waitForCall('chat.update', undefined, { since });
    return bed.double.message(channelId, message.ts) as StoredMessage;
  }

  beforeAll(async () => {
    // Tuesday 1 December 2026, 07:00 UTC: 08:00 in Stockholm.
    bed = await startDigestBed({ now: '2026-12-01T07:00:00Z' });
    anna = await addEmployee(bed, { slackUserId: 'UANNA', timezone: 'Europe/Stockholm' });
    sven = await addEmployee(bed, { slackUserId: 'USVEN', timezone: 'Europe/Stockholm', locale: 'sv-SE' });
    const other = await addEmployee(bed, {
      slackUserId: 'UOTHER',
      timezone: 'Europe/Stockholm',
      digestEnabled: false,
    });
    seen.overdueLastNight = await addActivity(bed, anna, '2026-11-30T22:59:00Z'); // Mon 23:59 local
    seen.todayMorning = await addActivity(bed, anna, '2026-12-01T07:30:00Z'); // 08:30
    seen.todayLast = await addActivity(bed, anna, '2026-12-01T22:59:00Z', {
      isPrivate: true,
      subject: 'Secret <!channel>',
    }); // 23:59
    seen.tomorrowFirst = await addActivity(bed, anna, '2026-12-01T23:00:00Z'); // Wed 00:00
    seen.weekLast = await addActivity(bed, anna, '2026-12-08T22:59:00Z'); // Tue 8 Dec 23:59
    await addActivity(bed, anna, '2026-12-08T23:00:00Z'); // Wed 9 Dec 00:00: beyond the week
    await addActivity(bed, anna, '2026-11-29T09:00:00Z', { status: 'DONE' });
    await addActivity(bed, other, '2026-11-29T09:00:00Z', { subject: 'Not Anna’s' });
    for (let i = 0; i < 30; i++)
      await addActivity(bed, sven, new Date(Date.UTC(2026, 10, 1 + i, 9)), { subject: `Sak ${i}` });
    await bed.tick();
  });
  afterAll(() => bed.stop());

  it('groups by the employee’s own day: Overdue, Today, Upcoming (7 days), soonest first; private ones are theirs', async () => {
    const [digest] = digestsOf(bed.double, 'UANNA');
    expect(validateMessageBlocks(digest?.blocks)).toEqual({ ok: true, messages: [] });
    expect(groupsOf(digest)).toEqual({
      '*Overdue* · 1': [seen.overdueLastNight],
      '*Today* · 2': [seen.todayMorning, seen.todayLast],
      '*Upcoming (next 7 days)* · 2': [seen.tomorrowFirst, seen.weekLast],
    });
    const shown = JSON.stringify(digest?.blocks);
    expect(shown).toContain('Secret &lt;!channel&gt;');
    expect(shown).not.toContain('<!channel>');
    expect(shown).not.toContain('Not Anna');
    expect(digest?.text).toContain('Overdue 1 · Today 2 · Upcoming (next 7 days) 2');
    expect(actionIds(digest)).toContain(`activity_done:${seen.todayMorning}`);
    expect(actionIds(digest)).toContain(`activity_snooze_tomorrow:${seen.todayMorning}`);
    expect(actionIds(digest)).toContain(`activity_snooze_next_week:${seen.todayMorning}`);
  });

  it('speaks Swedish to a Swedish user and cuts a long list within 50 blocks with a count', async () => {
    const [digest] = digestsOf(bed.double, 'USVEN');
    expect(digest?.blocks?.length).toBeLessThanOrEqual(50);
    expect(validateMessageBlocks(digest?.blocks)).toEqual({ ok: true, messages: [] });
    const shown = JSON.stringify(digest?.blocks);
    expect(shown).toContain('tisdag 1 december 2026');
    expect(shown).toContain('*Försenade* · 30');
    const items = Object.values(groupsOf(digest)).flat();
    expect(shown).toContain(`…och ${30 - items.length} till`);
  });

  it('Done now in the digest completes the activity and redraws the digest in place', async () => {
    const [digest] = digestsOf(bed.double, 'UANNA');
    bed.clock.set(new Date('2026-12-01T08:15:00Z'));
    const updated = await press('UANNA', digest as StoredMessage, `activity_done:${seen.todayMorning}`);
    const stored = await bed.prisma.activity.findUniqueOrThrow({ where: { id: seen.todayMorning } });
    expect(stored).toMatchObject({ status: 'DONE', endAt: bed.clock.now() });
    expect(JSON.stringify(updated.blocks)).toContain(`Activity #${seen.todayMorning} is done.`);
    expect(groupsOf(updated)).toEqual({
      '*Overdue* · 1': [seen.overdueLastNight],
      '*Today* · 1': [seen.todayLast],
      '*Upcoming (next 7 days)* · 2': [seen.tomorrowFirst, seen.weekLast],
    });
    expect(digestsOf(bed.double, 'UANNA')).toHaveLength(1);
  });

  it('Snooze tomorrow moves the item to Upcoming in the same message', async () => {
    const [digest] = digestsOf(bed.double, 'UANNA');
    const updated = await press(
      'UANNA',
      digest as StoredMessage,
      `activity_snooze_tomorrow:${seen.overdueLastNight}`,
    );
    expect(JSON.stringify(updated.blocks)).toContain(`Activity #${seen.overdueLastNight} snoozed until`);
    expect(groupsOf(updated)).toEqual({
      '*Today* · 1': [seen.todayLast],
      // Snoozed to tomorrow at the digest hour (08:00), after the one due at midnight.
      '*Upcoming (next 7 days)* · 3': [seen.tomorrowFirst, seen.overdueLastNight, seen.weekLast],
    });
  });

  it('says all is done once nothing is left', async () => {
    let [digest] = digestsOf(bed.double, 'UANNA');
    for (const id of [seen.todayLast, seen.overdueLastNight, seen.tomorrowFirst, seen.weekLast]) {
      digest = await press('UANNA', digest as StoredMessage, `activity_done:${id}`);
    }
    const shown = JSON.stringify(digest?.blocks);
    expect(shown).toContain('Nothing unfinished for the coming week');
    expect(actionIds(digest)).toEqual([]);
  });

  it('counts digests in /metrics', async () => {
    const text = await bed.apps[0]!.metrics.registry.metrics();
    expect(text).toMatch(/touchbase_digests_sent_total\{kind="PERSONAL"\} 2/);
    expect(text).not.toMatch(/touchbase_digests_failed_total\{/);
    expect(text).toMatch(/touchbase_digest_run_seconds_count 1/);
    expect(text).toMatch(/touchbase_digest_send_seconds_count\{kind="PERSONAL"\} 2/);
    const run = bed.logs.find((line) => line.msg === 'digest run finished');
    expect(run).toMatchObject({ due: 2, sent: 2, skipped: 0, failed: 0 });
  });
});
