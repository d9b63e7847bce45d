import type { Viewer } from '../../../src/domain/viewer';
import { type ActivityBed, addPerson, openActivityBed, typeByKey } from '../../support/fixtures/activities';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe('the App Home’s activities (product §4)', () => {
  let bed: ActivityBed;
  let anna: Viewer;
  // Monday 2 March 2026, 09:00 UTC: 10:00 in Stockholm.
  const now = new Date('2026-03-02T09:00:00Z');

  beforeAll(async () => {
    bed = await openActivityBed(now);
    bed.double.addUser({ id: 'UANNA', name: 'anna', tz: 'Europe/Stockholm' });
    bed.double.addUser({ id: 'UBEN', name: 'ben', tz: 'Europe/Stockholm' });
    anna = await bed.viewer('UANNA');
    const ben = await bed.viewer('UBEN');
    const workspaceId = bed.workspace.id;
    const personId = (await addPerson(bed.prisma, workspaceId, { name: 'Pia Person' })).id;
    const typeId = (await typeByKey(bed.prisma, workspaceId, 'MEETING')).id;
    // Three in each group, hours apart; one done, and one of someone else's, which never show.
    const dues = [
      ...[-3, -2, -1].map((days) => now.getTime() + days * DAY),
      ...[1, 2, 3].map((hours) => now.getTime() + hours * HOUR),
      ...[2, 3, 4].map((days) => now.getTime() + days * DAY),
      ...[20, 30, 40].map((days) => now.getTime() + days * DAY),
    ];
    const activity = (subject: string, dueAt: Date, responsibleId: number) => ({
      workspaceId,
      personId,
      typeId,
      subject,
      startAt: dueAt,
      dueAt,
      responsibleId,
    });
    await bed.prisma.activity.createMany({
      data: [
        ...dues.map((due, i) => activity(`Due ${i}`, new Date(due), anna.employeeId)),
        {
          ...activity('Done already', new Date(now.getTime() - DAY), anna.employeeId),
          status: 'DONE' as const,
        },
        activity('Ben’s', new Date(now.getTime() - DAY), ben.employeeId),
      ],
    });
  });
  afterAll(() => bed.stop());

  it('reads only the soonest due the Home can show, split into their groups, and counts every group in full', async () => {
    const { groups } = await bed.services.home.execute(anna, 5);

    expect(groups.map((group) => [group.key, group.count, group.items.map((item) => item.subject)])).toEqual([
      ['overdue', 3, ['Due 0', 'Due 1', 'Due 2']],
      ['today', 3, ['Due 3', 'Due 4']],
      ['upcoming', 3, []],
      ['later', 3, []],
    ]);
  });
});
