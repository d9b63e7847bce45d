import {
  addActivity,
  addEmployee,
  type DigestBed,
  deliveredTo,
  digestsOf,
  startDigestBed,
} from './digest-harness';

const texts = (blocks: unknown[] | undefined) => JSON.stringify(blocks ?? []);

describe('daily digest: when it is sent', () => {
  let bed: DigestBed;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    // Monday 30 November 2026, 23:00 UTC: Tuesday 08:00 in Tokyo, 00:00 in Stockholm, Monday 18:00 in New York.
    bed = await startDigestBed({ now: '2026-11-30T23:00:00Z' });
    const people: [string, string][] = [
      ['USTHLM', 'Europe/Stockholm'],
      ['UNYC', 'America/New_York'],
      ['UTOKYO', 'Asia/Tokyo'],
    ];
    for (const [user, timezone] of people) {
      ids[user] = await addEmployee(bed, { slackUserId: user, timezone });
      await addActivity(bed, ids[user] as number, '2026-11-20T09:00:00Z', {
        subject: `Call back for ${user}`,
      });
    }
    ids.ULATE = await addEmployee(bed, {
      slackUserId: 'ULATE',
      timezone: 'Europe/Stockholm',
      digestHour: 10,
    });
    await addActivity(bed, ids.ULATE, '2026-11-20T09:00:00Z');
    ids.UOFF = await addEmployee(bed, {
      slackUserId: 'UOFF',
      timezone: 'Europe/Stockholm',
      digestEnabled: false,
    });
    await addActivity(bed, ids.UOFF, '2026-11-20T09:00:00Z');
    ids.UEMPTY = await addEmployee(bed, { slackUserId: 'UEMPTY', timezone: 'Europe/Stockholm' });
    // Only a finished one and one beyond the week ahead: nothing for the digest.
    await addActivity(bed, ids.UEMPTY, '2026-11-20T09:00:00Z', { status: 'DONE' });
    await addActivity(bed, ids.UEMPTY, '2027-03-20T09:00:00Z');
  });
  afterAll(() => bed.stop());

  it('sends at 08:00 local in Tokyo, Stockholm and New York on one tick sequence, once each', async () => {
    await bed.tick('2026-11-30T23:00:00Z');
    expect(deliveredTo(bed.double)).toEqual({ UTOKYO: 1 });
    await bed.tick('2026-11-30T23:01:00Z');
    await bed.tick('2026-12-01T06:59:00Z');
    expect(deliveredTo(bed.double)).toEqual({ UTOKYO: 1 });
    await bed.tick('2026-12-01T07:00:00Z');
    expect(deliveredTo(bed.double)).toEqual({ UTOKYO: 1, USTHLM: 1 });
    await bed.tick('2026-12-01T12:59:00Z');
    expect(deliveredTo(bed.double)).toEqual({ UTOKYO: 1, USTHLM: 1, ULATE: 1 });
    await bed.tick('2026-12-01T13:00:00Z');
    await bed.tick('2026-12-01T13:30:00Z');
    expect(deliveredTo(bed.double)).toEqual({ UTOKYO: 1, USTHLM: 1, ULATE: 1, UNYC: 1 });
    const tokyo = digestsOf(bed.double, 'UTOKYO');
    expect(tokyo).toHaveLength(1);
    expect(texts(tokyo[0]?.blocks)).toContain('Call back for UTOKYO');
    expect(texts(tokyo[0]?.blocks)).toContain('Tuesday 1 December 2026');
    const rows = await bed.prisma.digestDelivery.findMany({ where: { employeeId: ids.UTOKYO } });
    expect(rows).toEqual([
      expect.objectContaining({ status: 'SENT', kind: 'PERSONAL', messageTs: tokyo[0]?.ts, attempts: 1 }),
    ]);
    expect(rows[0]?.localDate.toISOString().slice(0, 10)).toBe('2026-12-01');
  });

  it('honours a changed hour: 10:00 is not 08:00', async () => {
    const row = await bed.prisma.digestDelivery.findFirstOrThrow({ where: { employeeId: ids.ULATE } });
    // Sent on the tick at 12:59 UTC (13:59 in Stockholm), the first one at or after 10:00 local.
    expect(row.sentAt).toEqual(new Date('2026-12-01T12:59:00Z'));
  });

  it('sends nothing to someone who switched digests off', async () => {
    expect(deliveredTo(bed.double).UOFF).toBeUndefined();
    expect(await bed.prisma.digestDelivery.count({ where: { employeeId: ids.UOFF } })).toBe(0);
  });

  it('sends nothing when nothing is unfinished in the coming week, and remembers the day as skipped', async () => {
    expect(deliveredTo(bed.double).UEMPTY).toBeUndefined();
    const rows = await bed.prisma.digestDelivery.findMany({ where: { employeeId: ids.UEMPTY } });
    expect(rows.map((r) => r.status)).toEqual(['SKIPPED']);
  });

  it('skips the weekend and Swedish public holidays (SE), and comes back on the next working day', async () => {
    bed.double.clearCalls();
    // Saturday 5 and Sunday 6 December, 09:00 in Stockholm.
    await bed.tick('2026-12-05T08:00:00Z');
    await bed.tick('2026-12-06T08:00:00Z');
    // Thursday 24 December (julafton), Friday 25 (juldagen), Wednesday 6 January 2027 (trettondedag jul).
    await bed.tick('2026-12-24T08:00:00Z');
    await bed.tick('2026-12-25T08:00:00Z');
    await bed.tick('2027-01-06T08:00:00Z');
    expect(deliveredTo(bed.double)).toEqual({});
    // Monday 28 December is a working day again: Stockholm at 10:00; Tokyo (18:00) is past its catch-up limit.
    await bed.tick('2026-12-28T09:00:00Z');
    expect(deliveredTo(bed.double)).toEqual({ USTHLM: 1, ULATE: 1 });
  });

  it('catches up after downtime the same day, but not after 18:00 local', async () => {
    bed.double.clearCalls();
    // Tuesday 29 December: the app was down all morning; first tick at 17:59 in Stockholm (16:59 UTC).
    await bed.tick('2026-12-29T16:59:00Z');
    expect(deliveredTo(bed.double)).toEqual({ USTHLM: 1, ULATE: 1, UNYC: 1 });
    // Wednesday 30 December: first tick at 18:00 in Stockholm: too late for today's digest.
    bed.double.clearCalls();
    await bed.tick('2026-12-30T17:00:00Z');
    expect(deliveredTo(bed.double)).toEqual({ UNYC: 1 });
    await bed.tick('2026-12-30T22:00:00Z');
    expect(deliveredTo(bed.double)).toEqual({ UNYC: 1 });
  });
});
