import { RetentionRepository } from '../../src/db/repositories/retention-repository';
import { ApplyRetention } from '../../src/domain/privacy/apply-retention';
import { createRetentionJob } from '../../src/jobs/retention-job';
import { createLogger } from '../../src/observability/logger';
import { createMetrics } from '../../src/observability/metrics';
import { type ActivityBed, addPerson, openActivityBed } from '../support/fixtures/activities';
import { addActivity } from '../support/fixtures/contacts';

const DAY = 86_400_000;

describe('the nightly clean-up: the trash past 30 days, and DONE activities past RETENTION_DAYS (product §8)', () => {
  let bed: ActivityBed;
  let responsibleId: number;
  let personId: number;
  const quiet = createLogger('silent');

  beforeAll(async () => {
    bed = await openActivityBed(new Date('2026-03-02T03:15:00Z'));
    bed.double.addUser({ id: 'UANNA', name: 'anna' });
    responsibleId = (await bed.viewer('UANNA')).employeeId;
    personId = (await addPerson(bed.prisma, bed.workspace.id, { name: 'Kund' })).id;
  });
  afterAll(() => bed.stop());

  async function activity(subject: string, status: 'DONE' | 'NOT_STARTED', completedDaysAgo: number) {
    const at = new Date(bed.clock.now().getTime() - completedDaysAgo * DAY);
    const created = await addActivity(bed.prisma, {
      workspaceId: bed.workspace.id,
      personId,
      responsibleId,
      subject,
      startAt: at,
      status,
    });
    await bed.prisma.activity.update({
      where: { id: created.id },
      data: status === 'DONE' ? { completedAt: at, endAt: at } : {},
    });
    await bed.prisma.activityEvent.create({
      data: {
        workspaceId: bed.workspace.id,
        activityId: created.id,
        kind: 'CREATED',
        actorId: responsibleId,
      },
    });
    return created.id;
  }

  const job = (days: number | undefined) =>
    createRetentionJob({
      records: new RetentionRepository(bed.prisma, bed.db.sql),
      clock: bed.clock,
      logger: quiet,
      metrics: createMetrics(),
      days,
    });

  it('is off when RETENTION_DAYS is unset: no DONE activity deleted, no retention audited', async () => {
    const old = await activity('Old but kept', 'DONE', 1000);
    expect(await job(undefined).runNow()).toMatchObject({ ran: true, retention: null });
    expect(await bed.prisma.activity.count({ where: { id: old } })).toBe(1);
    expect(await bed.prisma.auditLog.count({ where: { action: 'retention.run' } })).toBe(0);
    await bed.prisma.activity.delete({ where: { id: old } });
  });

  it('empties the trash of what was deleted more than 30 days ago, every night, with or without RETENTION_DAYS', async () => {
    const deletedAgo = async (subject: string, days: number) => {
      const id = await activity(subject, 'NOT_STARTED', 0);
      const at = new Date(bed.clock.now().getTime() - days * DAY);
      await bed.prisma.activity.update({
        where: { id },
        data: { deletedAt: at, deletedById: responsibleId },
      });
      await bed.prisma.activityEvent.create({
        data: { workspaceId: bed.workspace.id, activityId: id, kind: 'DELETED', actorId: responsibleId },
      });
      return id;
    };
    const expired = [await deletedAgo('Deleted 31 days ago', 31), await deletedAgo('Deleted in 2025', 400)];
    for (let i = 0; i < 3; i++) expired.push(await deletedAgo(`Old ${i}`, 60 + i));
    const inTrash = await deletedAgo('Deleted 29 days ago', 29);
    const live = await activity('Not deleted', 'NOT_STARTED', 400);
    // Batches of two, RETENTION_DAYS unset: the purge loops until nothing is left all the same.
    const nightly = new ApplyRetention({
      repository: new RetentionRepository(bed.prisma, bed.db.sql),
      clock: bed.clock,
      batchSize: 2,
    });
    const result = await nightly.execute();
    expect(result).toMatchObject({
      ran: true,
      trash: { activities: 5, historyEntries: 10 },
      retention: null,
    });
    expect(await bed.prisma.activity.count({ where: { id: { in: expired } } })).toBe(0);
    expect(await bed.prisma.activityEvent.count({ where: { activityId: { in: expired } } })).toBe(0);
    expect(await bed.prisma.activity.count({ where: { id: { in: [inTrash, live] } } })).toBe(2);
    const audit = await bed.prisma.auditLog.findFirstOrThrow({
      where: { action: 'trash.purged' },
      orderBy: { id: 'desc' },
    });
    expect(audit).toMatchObject({
      workspaceId: bed.workspace.id,
      actorLabel: 'retention job',
      details: { days: 30, activities: 5, historyEntries: 10, cutoff: '2026-01-31T03:15:00.000Z' },
    });
    expect(JSON.stringify(audit)).not.toContain('Deleted');
    expect(await job(undefined).runNow()).toMatchObject({ ran: true, trash: { activities: 0 } });
    await bed.prisma.activity.deleteMany({ where: { id: { in: [inTrash, live] } } });
  });

  it('deletes only DONE activities completed more than N days ago, with their history, in batches; audits the counts', async () => {
    const expired = [
      await activity('Done long ago', 'DONE', 31),
      await activity('Done 40 days ago', 'DONE', 40),
    ];
    for (let i = 0; i < 3; i++) expired.push(await activity(`Old ${i}`, 'DONE', 100 + i));
    const kept = [
      await activity('Done recently', 'DONE', 29),
      await activity('Old but open', 'NOT_STARTED', 400),
    ];
    // Batches of two: the run must loop until nothing is left.
    const retention = new ApplyRetention({
      repository: new RetentionRepository(bed.prisma, bed.db.sql),
      clock: bed.clock,
      days: 30,
      batchSize: 2,
    });
    const result = await retention.execute();
    expect(result).toMatchObject({ ran: true, retention: { activities: 5, historyEntries: 5 } });
    expect(await bed.prisma.activity.count({ where: { id: { in: expired } } })).toBe(0);
    expect(await bed.prisma.activityEvent.count({ where: { activityId: { in: expired } } })).toBe(0);
    expect(await bed.prisma.activity.count({ where: { id: { in: kept } } })).toBe(2);
    const audit = await bed.prisma.auditLog.findFirstOrThrow({ where: { action: 'retention.run' } });
    expect(audit).toMatchObject({
      workspaceId: bed.workspace.id,
      actorId: null,
      actorLabel: 'retention job',
      details: { days: 30, activities: 5, historyEntries: 5, cutoff: '2026-01-31T03:15:00.000Z' },
    });
    // Idempotent: a second run (another replica's, or tomorrow's) finds nothing more.
    expect(await job(30).runNow()).toMatchObject({ ran: true, retention: { activities: 0 } });
    expect(await bed.prisma.activity.count({ where: { id: { in: kept } } })).toBe(2);
  });

  it('does not run while another replica holds the lock', async () => {
    const expired = await activity('Waiting', 'DONE', 90);
    const repository = new RetentionRepository(bed.prisma, bed.db.sql);
    if (bed.db.target.kind === 'postgres') {
      // A second connection holds the lock, as another replica would.
      const blocked = await bed.db.sql.withSession(async (session) => {
        await session.query('SELECT pg_advisory_lock(7304221001)');
        try {
          return await job(30).runNow();
        } finally {
          await session.query('SELECT pg_advisory_unlock(7304221001)');
        }
      });
      expect(blocked).toEqual({ ran: false, reason: 'locked' });
      expect(await bed.prisma.activity.count({ where: { id: expired } })).toBe(1);
    }
    // Once the lock is free (PGlite has one session, so only the release is visible there), the run goes ahead.
    expect(await repository.withLock(async () => 'held and released')).toBe('held and released');
    expect(await job(30).runNow()).toMatchObject({ ran: true, retention: { activities: 1 } });
  });
});
