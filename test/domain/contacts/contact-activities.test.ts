import type { Database } from '../../../src/db/database';
import { ActivityRepository } from '../../../src/db/repositories/activity-repository';
import { WorkspaceRepository } from '../../../src/db/repositories/workspace-repository';
import { ContactActivitiesQuery } from '../../../src/domain/activities/contact-activities-query';
import type { Viewer } from '../../../src/domain/viewer';
import { WorkspaceService } from '../../../src/domain/workspaces/workspace-service';
import { addActivity, viewerFor } from '../../support/fixtures/contacts';
import { openTestDatabase } from '../../support/test-prisma';

/** product §3.4 on the cards: private activities are their responsible's alone. */
describe('activities on contact cards', () => {
  let db: Database & { drop(): Promise<void> };
  let repository: ContactActivitiesQuery;
  let staff: Viewer;
  let admin: Viewer;
  let personId: number;
  let organizationId: number;

  beforeAll(async () => {
    db = await openTestDatabase();
    repository = new ContactActivitiesQuery(new ActivityRepository(db.prisma, db.plain), {
      // Between the activities of 2 and 3 November.
      now: () => new Date('2026-11-02T12:00:00Z'),
    });
    const workspaces = new WorkspaceService(new WorkspaceRepository(db.prisma), {
      locale: 'en',
      timezone: 'Europe/Stockholm',
      holidayCountry: 'SE',
    });
    const workspace = await workspaces.ensure('TACT', 'Activities');
    staff = await viewerFor(db.prisma, workspace.id, 'USTAFF');
    admin = await viewerFor(db.prisma, workspace.id, 'UADMIN', { isAdmin: true });
    organizationId = (
      await db.prisma.organization.create({ data: { workspaceId: workspace.id, name: 'Org' } })
    ).id;
    personId = (
      await db.prisma.person.create({ data: { workspaceId: workspace.id, name: 'P', organizationId } })
    ).id;
    const add = (subject: string, day: number, extra: Record<string, unknown> = {}) =>
      addActivity(db.prisma, {
        workspaceId: workspace.id,
        personId,
        responsibleId: staff.employeeId,
        subject,
        startAt: new Date(Date.UTC(2026, 10, day, 9)),
        ...extra,
      });
    await add('oldest', 1);
    await add('public linked', 2, { organizationId });
    await add('private of staff', 3, { isPrivate: true, organizationId });
    await add('deleted', 4, { deletedAt: new Date() });
    await add('newest', 5, { status: 'DONE' });
  });
  afterAll(() => db.drop());

  it('lists the person’s activities newest first, with type, status and responsible', async () => {
    const lines = await repository.latestForPerson(staff, personId, 10);
    expect(lines.map((line) => line.subject)).toEqual([
      'newest',
      'private of staff',
      'public linked',
      'oldest',
    ]);
    expect(lines[0]).toMatchObject({
      typeName: 'Incoming call',
      status: 'DONE',
      responsibleSlackUserId: 'USTAFF',
    });
    expect((await repository.latestForPerson(staff, personId, 2)).map((line) => line.subject)).toEqual([
      'newest',
      'private of staff',
    ]);
  });

  it('hides a private activity from everyone but its responsible, admins included', async () => {
    expect((await repository.latestForPerson(admin, personId, 10)).map((line) => line.subject)).toEqual([
      'newest',
      'public linked',
      'oldest',
    ]);
    expect((await repository.latestForOrganization(admin, organizationId, 10)).map((l) => l.subject)).toEqual(
      ['public linked'],
    );
    expect((await repository.latestForOrganization(staff, organizationId, 10)).map((l) => l.subject)).toEqual(
      ['private of staff', 'public linked'],
    );
  });

  it('sums up what the viewer may see: open, overdue, done, the next planned and the last completed', async () => {
    const brief = (summary: Awaited<ReturnType<typeof repository.summaryFor>>) => ({
      open: summary.open,
      overdue: summary.overdue,
      done: summary.done,
      next: summary.nextPlanned?.subject ?? null,
      last: summary.lastCompleted?.subject ?? null,
    });
    expect(brief(await repository.summaryFor(staff, { personId }))).toEqual({
      open: 3,
      overdue: 2,
      done: 1,
      next: 'private of staff',
      last: 'newest',
    });
    // Someone else's private activity is neither named nor counted; deleted ones never are.
    expect(brief(await repository.summaryFor(admin, { personId }))).toEqual({
      open: 2,
      overdue: 2,
      done: 1,
      next: null,
      last: 'newest',
    });
    expect(brief(await repository.summaryFor(admin, { organizationId }))).toEqual({
      open: 1,
      overdue: 1,
      done: 0,
      next: null,
      last: null,
    });
    expect(brief(await repository.summaryFor(staff, { organizationId }))).toMatchObject({
      open: 2,
      overdue: 1,
      next: 'private of staff',
    });
  });
});
