import { ActivityActionRefused, ActivityNotFoundError } from '../../../src/domain/activities/activity-errors';
import type { Activities } from '../../../src/domain/activities/activity-ports';
import type { ActivityRecord } from '../../../src/domain/activities/activity-record';
import { GetActivity } from '../../../src/domain/activities/get-activity';
import type { ListFilter } from '../../../src/domain/activities/list-activities';
import { systemClock } from '../../../src/domain/clock';
import type { Viewer } from '../../../src/domain/viewer';
import {
  type ActivityBed,
  addOrganization,
  addPerson,
  openActivityBed,
  typeByKey,
} from '../../support/fixtures/activities';

const DAY = 24 * 60 * 60 * 1000;

describe('who sees which activities, and lists (product §3.4, 4)', () => {
  let bed: ActivityBed;
  let personId: number;
  let organizationId: number;
  let typeId: number;
  let anna: Viewer;
  let ben: Viewer;
  let admin: Viewer;
  let privateForBen: ActivityRecord;
  let publicOne: ActivityRecord;

  beforeAll(async () => {
    // Monday 2 March 2026, 09:00 UTC (10:00 in Stockholm).
    bed = await openActivityBed(new Date('2026-03-02T09:00:00Z'));
    bed.double.addUser({ id: 'UANNA', name: 'anna' });
    bed.double.addUser({ id: 'UBEN', name: 'ben', tz: 'America/New_York' });
    bed.double.addUser({ id: 'UADMIN', name: 'boss', is_admin: true });
    anna = await bed.viewer('UANNA');
    ben = await bed.viewer('UBEN');
    admin = await bed.viewer('UADMIN');
    const w = bed.workspace.id;
    organizationId = (await addOrganization(bed.prisma, w, 'Acme AB')).id;
    personId = (await addPerson(bed.prisma, w, { name: 'Pia Person', organizationId })).id;
    typeId = (await typeByKey(bed.prisma, w, 'MEETING')).id;
    const acting = await bed.acting('UANNA');
    privateForBen = (
      await bed.services.create.execute(acting, {
        personId,
        linkOrganization: true,
        typeId,
        subject: 'Secret',
        responsibleSlackUserId: 'UBEN',
        isPrivate: true,
      })
    ).record;
    publicOne = (
      await bed.services.create.execute(acting, {
        personId,
        linkOrganization: true,
        typeId,
        subject: 'Open to all',
        responsibleSlackUserId: 'UBEN',
      })
    ).record;
  });
  afterAll(() => bed.stop());

  it('shows a private activity only to its responsible — not its creator, not an admin', async () => {
    expect(await bed.services.get.getVisible(ben, privateForBen.id)).not.toBeNull();
    expect(await bed.services.get.getVisible(anna, privateForBen.id)).toBeNull();
    expect(await bed.services.get.getVisible(admin, privateForBen.id)).toBeNull();
    expect(await bed.services.get.getVisible(anna, publicOne.id)).not.toBeNull();
    expect(await bed.services.get.getVisible(anna, 987_654)).toBeNull();
  });

  it('reads several activities for several readers at once and still gives a private one only to its responsible', async () => {
    const visible = await bed.services.get.visibleToEach(bed.workspace.id, [
      privateForBen.id,
      publicOne.id,
      987_654,
    ]);
    expect(visible(privateForBen.id, ben.employeeId)?.subject).toBe('Secret');
    expect(visible(privateForBen.id, anna.employeeId)).toBeNull();
    expect(visible(privateForBen.id, admin.employeeId)).toBeNull();
    expect(visible(publicOne.id, anna.employeeId)?.subject).toBe('Open to all');
    expect(visible(987_654, ben.employeeId)).toBeNull();
  });

  it('records the caller holds as just saved are given under the same rule; only the others are read', async () => {
    const reads: number[][] = [];
    const get = new GetActivity(
      {
        // The store as it is: what the test saved, by id.
        findMany: async (_rule: unknown, ids: number[]) => {
          reads.push(ids);
          return [privateForBen, publicOne].filter((record) => ids.includes(record.id));
        },
      } as unknown as Activities,
      systemClock,
    );
    const both = await get.visibleToEach(bed.workspace.id, [privateForBen.id, publicOne.id], [privateForBen]);
    expect(reads).toEqual([[publicOne.id]]);
    expect(both(privateForBen.id, ben.employeeId)).toBe(privateForBen);
    expect(both(publicOne.id, anna.employeeId)?.subject).toBe('Open to all');
    // A private one the caller holds still reaches nobody but its responsible.
    expect(both(privateForBen.id, anna.employeeId)).toBeNull();
    expect(both(privateForBen.id, admin.employeeId)).toBeNull();
    // Every one wanted in hand: nothing is read.
    const held = await get.visibleToEach(bed.workspace.id, [privateForBen.id], [privateForBen]);
    expect(reads).toHaveLength(1);
    expect(held(privateForBen.id, ben.employeeId)).toBe(privateForBen);
  });

  it('leaves private activities out of every list and of the contact cards', async () => {
    const ids = (page: { items: ActivityRecord[] }) => page.items.map((item) => item.id);
    const bens = { id: ben.employeeId, timezone: ben.timezone };
    expect(ids(await bed.services.list.execute(admin, { filter: 'all', responsible: bens }))).toEqual([
      publicOne.id,
    ]);
    expect(ids(await bed.services.list.execute(anna, { filter: 'all', personId }))).toEqual([publicOne.id]);
    expect(ids(await bed.services.list.execute(ben, { filter: 'all', responsible: bens }))).toEqual([
      publicOne.id,
      privateForBen.id,
    ]);
    for (const viewer of [anna, admin]) {
      const forPerson = await bed.services.contactActivities.latestForPerson(viewer, personId, 5);
      const forOrganization = await bed.services.contactActivities.latestForOrganization(
        viewer,
        organizationId,
        5,
      );
      expect(forPerson.map((a) => a.id)).toEqual([publicOne.id]);
      expect(forOrganization.map((a) => a.id)).toEqual([publicOne.id]);
      expect(ids(await bed.services.list.execute(viewer, { filter: 'all', organizationId }))).toEqual([
        publicOne.id,
      ]);
      const summary = await bed.services.contactActivities.summaryFor(viewer, { organizationId });
      expect(summary.open + summary.done).toBe(1);
      expect([summary.nextPlanned?.id, summary.lastCompleted?.id]).not.toContain(privateForBen.id);
    }
    const bensView = await bed.services.contactActivities.latestForOrganization(ben, organizationId, 5);
    expect(bensView.map((a) => a.id)).toEqual([publicOne.id, privateForBen.id]);
    expect(bensView[1]).toEqual({
      id: privateForBen.id,
      typeName: 'Meeting',
      subject: 'Secret',
      status: 'NOT_STARTED',
      dueAt: privateForBen.dueAt,
      completedAt: null,
      responsibleSlackUserId: 'UBEN',
    });
    expect(
      ids(await bed.services.list.execute(ben, { filter: 'all', organizationId })).sort((a, b) => a - b),
    ).toEqual([publicOne.id, privateForBen.id].sort((a, b) => a - b));
  });

  it('moves a private activity’s visibility with its responsible', async () => {
    const acting = { workspace: bed.workspace, viewer: ben };
    const mine = (
      await bed.services.create.execute(acting, {
        personId,
        typeId,
        subject: 'Handed over',
        isPrivate: true,
      })
    ).record;
    expect(await bed.services.get.getVisible(anna, mine.id)).toBeNull();
    (
      await bed.services.update.execute(acting, {
        id: mine.id,
        version: mine.version,
        input: { responsibleSlackUserId: 'UANNA' },
      })
    ).record;
    expect(await bed.services.get.getVisible(anna, mine.id)).not.toBeNull();
    expect(await bed.services.get.getVisible(ben, mine.id)).toBeNull();
  });

  it('refuses acting on what the user cannot see, exactly as on what does not exist', async () => {
    for (const action of [
      () => bed.services.complete.execute(anna, privateForBen.id),
      () => bed.services.start.execute(admin, privateForBen.id),
      () => bed.services.delete.execute(anna, privateForBen.id),
      () => bed.services.delete.execute(admin, privateForBen.id),
      () =>
        bed.services.update.execute(
          { workspace: bed.workspace, viewer: anna },
          { id: privateForBen.id, version: 1, input: {} },
        ),
    ]) {
      await expect(action()).rejects.toBeInstanceOf(ActivityNotFoundError);
    }
  });

  it('lets the creator, the responsible and admins delete, others not; undo restores within 30 days', async () => {
    bed.double.addUser({ id: 'UCARL', name: 'carl' });
    const carl = await bed.viewer('UCARL');
    const acting = { workspace: bed.workspace, viewer: anna };
    const record = (
      await bed.services.create.execute(acting, {
        personId,
        typeId,
        subject: 'Delete me',
        responsibleSlackUserId: 'UBEN',
      })
    ).record;
    const refused = await bed.services.delete.execute(carl, record.id).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ActivityActionRefused);
    expect((refused as ActivityActionRefused).reason).toBe('not_allowed');

    for (const who of [anna, ben, admin]) {
      const deleted = await bed.services.delete.execute(who, record.id);
      expect(deleted.deletedAt).toEqual(bed.clock.now());
      expect(deleted.deletedBy?.id).toBe(who.employeeId);
      expect(await bed.services.get.getVisible(who, record.id)).toBeNull();
      await expect(bed.services.delete.execute(who, record.id)).rejects.toMatchObject({ reason: 'deleted' });
      await expect(bed.services.complete.execute(who, record.id)).rejects.toMatchObject({
        reason: 'deleted',
      });
      await expect(bed.services.restore.execute(carl, record.id)).rejects.toMatchObject({
        reason: 'not_allowed',
      });
      const restored = await bed.services.restore.execute(who, record.id);
      expect(restored.deletedAt).toBeNull();
    }
    await expect(bed.services.restore.execute(anna, record.id)).rejects.toMatchObject({
      reason: 'not_deleted',
    });
    const kinds = await bed.prisma.activityEvent.findMany({
      where: { activityId: record.id },
      orderBy: { id: 'asc' },
      select: { kind: true },
    });
    expect(kinds.map((k) => k.kind)).toEqual([
      'CREATED',
      'DELETED',
      'RESTORED',
      'DELETED',
      'RESTORED',
      'DELETED',
      'RESTORED',
    ]);

    await bed.services.delete.execute(anna, record.id);
    bed.clock.advance(31 * DAY);
    try {
      await expect(bed.services.restore.execute(anna, record.id)).rejects.toMatchObject({
        reason: 'undo_expired',
      });
    } finally {
      bed.clock.advance(-31 * DAY);
    }
  });

  it('Done now and Start re-check the current state', async () => {
    const acting = { workspace: bed.workspace, viewer: anna };
    const record = (await bed.services.create.execute(acting, { personId, typeId, subject: 'States' }))
      .record;
    const started = await bed.services.start.execute(anna, record.id);
    expect(started.status).toBe('IN_PROGRESS');
    await expect(bed.services.start.execute(anna, record.id)).rejects.toMatchObject({
      reason: 'already_in_progress',
    });
    const done = await bed.services.complete.execute(ben, record.id);
    expect(done).toMatchObject({
      status: 'DONE',
      endAt: bed.clock.now(),
      updatedBy: { slackUserId: 'UBEN' },
    });
    await expect(bed.services.complete.execute(anna, record.id)).rejects.toMatchObject({
      reason: 'already_done',
    });
    await expect(bed.services.start.execute(anna, record.id)).rejects.toMatchObject({
      reason: 'already_done',
    });
  });

  it('completes exactly once when two people press Done now at the same moment', async () => {
    const acting = { workspace: bed.workspace, viewer: anna };
    const record = (await bed.services.create.execute(acting, { personId, typeId, subject: 'Twice' })).record;
    const results = await Promise.allSettled([
      bed.services.complete.execute(anna, record.id),
      bed.services.complete.execute(ben, record.id),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ reason: 'already_done' });
    expect(await bed.prisma.activityEvent.count({ where: { activityId: record.id, kind: 'UPDATED' } })).toBe(
      1,
    );
  });

  describe('filters and pages', () => {
    let dora: Viewer;
    const made: Record<string, number> = {};

    beforeAll(async () => {
      bed.double.addUser({ id: 'UDORA', name: 'dora', tz: 'Pacific/Auckland' });
      dora = await bed.viewer('UDORA');
      const acting = { workspace: bed.workspace, viewer: dora };
      const at = (iso: string) => new Date(iso);
      const create = async (name: string, input: Record<string, unknown>) => {
        made[name] = (
          await bed.services.create.execute(acting, { personId, typeId, subject: name, ...input })
        ).record.id;
      };
      // Now: 2 March 09:00 UTC = 22:00 in Auckland; Auckland's "today" is 2 March there.
      await create('overdue', { startAt: at('2026-02-20T09:00:00Z') });
      await create('laterToday', { startAt: at('2026-03-02T10:00:00Z') });
      await create('tomorrow', { startAt: at('2026-03-03T09:00:00Z') });
      await create('done', { startAt: at('2026-02-25T09:00:00Z'), status: 'DONE' });
    });

    const list = async (filter: ListFilter) =>
      (
        await bed.services.list.execute(dora, {
          filter,
          responsible: { id: dora.employeeId, timezone: dora.timezone },
        })
      ).items.map((item) => item.subject);

    it('open, overdue, today, done and all, newest start first', async () => {
      expect(await list('open')).toEqual(['tomorrow', 'laterToday', 'overdue']);
      expect(await list('overdue')).toEqual(['overdue']);
      expect(await list('today')).toEqual(['laterToday']);
      expect(await list('done')).toEqual(['done']);
      expect(await list('all')).toEqual(['tomorrow', 'laterToday', 'done', 'overdue']);
    });

    it('pages ten at a time without repeating or skipping, even with equal start times', async () => {
      const acting = { workspace: bed.workspace, viewer: dora };
      const same = new Date('2026-01-01T09:00:00Z');
      for (let i = 0; i < 13; i++)
        (await bed.services.create.execute(acting, { personId, typeId, subject: `bulk ${i}`, startAt: same }))
          .record;
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await bed.services.list.execute(dora, {
          filter: 'all',
          responsible: { id: dora.employeeId, timezone: dora.timezone },
          cursor,
        });
        expect(page.items.length).toBeLessThanOrEqual(10);
        seen.push(...page.items.map((item) => item.subject));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(2);
      expect(seen).toHaveLength(17);
      expect(new Set(seen).size).toBe(17);
    });
  });
});
