import { keepTestDatabase } from '../../support/kept-database';
import { postgresUrl } from '../../support/test-database';
import { addActivity, addEmployee, type DigestBed, deliveredTo, startDigestBed } from './digest-harness';

// Tuesday 1 December 2026, 07:00 UTC: 08:00 in Stockholm.
const EIGHT = '2026-12-01T07:00:00Z';
const MINUTE = 60_000;

async function addStaff(bed: DigestBed, count: number, prefix: string): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const id = await addEmployee(bed, { slackUserId: `${prefix}${i}`, timezone: 'Europe/Stockholm' });
    await addActivity(bed, id, '2026-11-30T09:00:00Z');
    ids.push(id);
  }
  return ids;
}

const statuses = (bed: DigestBed) =>
  bed.prisma.digestDelivery
    .findMany({ orderBy: { employeeId: 'asc' } })
    .then((rows) => rows.map((r) => r.status));

async function metric(bed: DigestBed, pattern: RegExp): Promise<number> {
  const text = await bed.apps[0]!.metrics.registry.metrics();
  return Number(pattern.exec(text)?.[1] ?? 0);
}

describe('digest delivery: exactly once through failures', () => {
  let bed: DigestBed | undefined;
  // Each test starts its own double and app on one database, emptied for it.
  const database = keepTestDatabase();
  afterEach(async () => {
    await bed?.stop();
    bed = undefined;
  });

  it('429 with Retry-After, a rate limit and 500 bursts: every digest delivered once', async () => {
    bed = await startDigestBed({ now: EIGHT, database });
    await addStaff(bed, 8, 'U');
    bed.double.fail('chat.postMessage', { status: 429, retryAfter: 1 }, 2);
    bed.double.fail('chat.postMessage', { status: 500 }, 3);
    bed.double.fail('chat.postMessage', { status: 503 }, 2);
    bed.double.rateLimit('chat.postMessage', 4);
    const summary = await bed.tick();
    expect(summary).toMatchObject({ due: 8, sent: 8, failed: 0 });
    expect(Object.values(deliveredTo(bed.double))).toEqual(Array(8).fill(1));
    expect(await statuses(bed)).toEqual(Array(8).fill('SENT'));
    expect(
      await metric(bed, /touchbase_digests_retried_total\{kind="PERSONAL",reason="server_error"\} (\d+)/),
    ).toBe(5);
    expect(
      await metric(bed, /touchbase_digests_retried_total\{kind="PERSONAL",reason="rate_limited"\} (\d+)/),
    ).toBeGreaterThanOrEqual(2);
  });

  it('a 500 that outlasts the retries is recorded as failed and sent on a later tick the same day, once', async () => {
    bed = await startDigestBed({ now: EIGHT, database });
    const [anna] = await addStaff(bed, 1, 'UANNA');
    bed.double.fail('chat.postMessage', { status: 500 }, 4);
    expect(await bed.tick()).toMatchObject({ sent: 0, failed: 1 });
    expect(deliveredTo(bed.double)).toEqual({});
    const failed = await bed.prisma.digestDelivery.findFirstOrThrow({ where: { employeeId: anna } });
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(failed.error).toBeTruthy();
    // Not again within the same minute…
    expect(await bed.tick()).toMatchObject({ due: 0 });
    // …but on the next tick.
    bed.clock.advance(MINUTE);
    expect(await bed.tick()).toMatchObject({ due: 1, sent: 1 });
    expect(deliveredTo(bed.double)).toEqual({ UANNA0: 1 });
    expect(await bed.prisma.digestDelivery.findFirstOrThrow({ where: { employeeId: anna } })).toMatchObject({
      status: 'SENT',
      attempts: 2,
      error: null,
    });
    expect(await metric(bed, /touchbase_digests_failed_total\{kind="PERSONAL"\} (\d+)/)).toBe(1);
  });

  it('gives up on a digest Slack keeps refusing after the daily bound of attempts', async () => {
    bed = await startDigestBed({ now: EIGHT, tuning: { maxAttempts: 2 }, database });
    await addStaff(bed, 1, 'UGONE');
    bed.double.fail('chat.postMessage', { error: 'user_disabled' }, 10);
    for (let i = 0; i < 4; i++) {
      await bed.tick();
      bed.clock.advance(MINUTE);
    }
    expect(bed.double.callsTo('chat.postMessage')).toHaveLength(2);
    expect(await bed.prisma.digestDelivery.findFirstOrThrow()).toMatchObject({
      status: 'FAILED',
      attempts: 2,
    });
  });

  it('a claim whose process died is taken over once its lease has run out, and sent once', async () => {
    bed = await startDigestBed({ now: EIGHT, database });
    const [anna] = await addStaff(bed, 1, 'UANNA');
    await bed.prisma.digestDelivery.create({
      data: {
        workspaceId: bed.workspaceId,
        kind: 'PERSONAL',
        employeeId: anna,
        localDate: new Date('2026-12-01T00:00:00Z'),
        status: 'CLAIMED',
        claimedBy: 'crashed-host:1',
        leaseUntil: new Date(new Date(EIGHT).getTime() + 2 * MINUTE),
        attempts: 1,
      },
    });
    await bed.tick();
    bed.clock.advance(MINUTE);
    await bed.tick();
    expect(deliveredTo(bed.double)).toEqual({});
    bed.clock.advance(2 * MINUTE);
    await bed.tick();
    bed.clock.advance(MINUTE);
    await bed.tick();
    expect(deliveredTo(bed.double)).toEqual({ UANNA0: 1 });
    const row = await bed.prisma.digestDelivery.findFirstOrThrow({ where: { employeeId: anna } });
    expect(row).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(row.claimedBy).not.toBe('crashed-host:1');
  });
});

if (postgresUrl) {
  describe('digest delivery: replicas on one PostgreSQL', () => {
    let bed: DigestBed;
    beforeAll(async () => {
      bed = await startDigestBed({ now: EIGHT, instances: 3, tuning: { batchSize: 4 } });
    });
    afterAll(() => bed.stop());

    it('an app stopped in the middle of a run gives back what it had not sent; the other sends it, once each', async () => {
      const pair = await startDigestBed({
        now: EIGHT,
        instances: 2,
        tuning: { concurrency: 1, ratePerSecond: 20 },
      });
      await addStaff(pair, 10, 'U');
      const running = pair.tick(undefined, 0);
      await pair.double.waitForCall('chat.postMessage');
      await pair.stopApp(0);
      await running;
      const first = Object.keys(deliveredTo(pair.double)).length;
      expect(first).toBeLessThan(10);
      await pair.tick(undefined, 1);
      expect(Object.values(deliveredTo(pair.double))).toEqual(Array(10).fill(1));
      expect(await statuses(pair)).toEqual(Array(10).fill('SENT'));
      await pair.stop();
    });

    it('three app instances ticking at the same moment send each digest once', async () => {
      await addStaff(bed, 30, 'U');
      const summaries = await Promise.all([
        bed.tick(undefined, 0),
        bed.tick(undefined, 1),
        bed.tick(undefined, 2),
      ]);
      const delivered = deliveredTo(bed.double);
      expect(Object.keys(delivered)).toHaveLength(30);
      expect(Object.values(delivered)).toEqual(Array(30).fill(1));
      expect(summaries.reduce((sum, s) => sum + (s?.sent ?? 0), 0)).toBe(30);
      expect(await statuses(bed)).toEqual(Array(30).fill('SENT'));
      // And again a minute later: nothing left to send.
      bed.clock.advance(MINUTE);
      await Promise.all([bed.tick(undefined, 0), bed.tick(undefined, 1), bed.tick(undefined, 2)]);
      expect(bed.double.succeededCalls('chat.postMessage')).toHaveLength(30);
    });
  });
}
