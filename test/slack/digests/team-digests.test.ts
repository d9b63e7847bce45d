import { validateMessageBlocks } from '../../support/slack-double';
import { addActivity, addEmployee, type DigestBed, deliveredTo, startDigestBed } from './digest-harness';

describe('team channel digests from the delivery engine', () => {
  let bed: DigestBed;
  let teamId: number;

  beforeAll(async () => {
    // Tuesday 1 December 2026, 06:00 UTC: 07:00 in Stockholm, the workspace's time zone.
    bed = await startDigestBed({ now: '2026-12-01T06:00:00Z' });
    bed.double.addChannel({ id: 'CSALES', name: 'sales', isMember: true });
    bed.double.addChannel({ id: 'CLOCKED', name: 'locked', isMember: false });
    const anna = await addEmployee(bed, {
      slackUserId: 'UANNA',
      timezone: 'Asia/Tokyo',
      digestEnabled: false,
    });
    await addActivity(bed, anna, '2026-11-20T09:00:00Z', { subject: 'Public follow-up' });
    await addActivity(bed, anna, '2026-11-20T09:00:00Z', { subject: 'Top secret deal', isPrivate: true });
    const team = await bed.prisma.team.create({
      data: { workspaceId: bed.workspaceId, name: 'Sales', channelId: 'CSALES', digestHour: 8 },
    });
    teamId = team.id;
    await bed.prisma.teamMember.create({ data: { teamId, employeeId: anna, isLead: true } });
    await bed.prisma.team.create({
      data: { workspaceId: bed.workspaceId, name: 'No channel', digestHour: 8 },
    });
    const locked = await bed.prisma.team.create({
      data: { workspaceId: bed.workspaceId, name: 'Locked', channelId: 'CLOCKED', digestHour: 8 },
    });
    await bed.prisma.teamMember.create({ data: { teamId: locked.id, employeeId: anna } });
  });
  afterAll(() => bed.stop());

  it('posts one message per team with a channel at the team’s hour in the workspace time zone, never a private subject', async () => {
    await bed.tick();
    expect(deliveredTo(bed.double)).toEqual({});
    await bed.tick('2026-12-01T07:00:00Z');
    await bed.tick('2026-12-01T07:01:00Z');
    expect(deliveredTo(bed.double)).toEqual({ CSALES: 1 });
    const [message] = bed.double.messages('CSALES');
    expect(validateMessageBlocks(message?.blocks)).toEqual({ ok: true, messages: [] });
    const shown = JSON.stringify(message?.blocks);
    expect(shown).toContain('Sales');
    expect(shown).not.toContain('Top secret deal');
    const row = await bed.prisma.digestDelivery.findFirstOrThrow({ where: { teamId } });
    expect(row).toMatchObject({ kind: 'TEAM', status: 'SENT', channelId: 'CSALES', messageTs: message?.ts });
  });

  it('records a channel the app is not in as failed (tried again later), and posts nothing there', async () => {
    const rows = await bed.prisma.digestDelivery.findMany({ where: { kind: 'TEAM', status: 'FAILED' } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.error).toContain('not_in_channel');
    expect(bed.double.messages('CLOCKED')).toEqual([]);
  });

  it('skips the Swedish holiday for teams too', async () => {
    bed.double.clearCalls();
    await bed.tick('2026-12-25T08:00:00Z');
    expect(deliveredTo(bed.double)).toEqual({});
    await bed.tick('2026-12-28T08:00:00Z');
    expect(deliveredTo(bed.double)).toEqual({ CSALES: 1 });
  });
});
