import type { Database } from '../../src/db/database';
import { openTestDatabase } from '../support/test-prisma';

/** The tombstones the sync feeds read are written by the database itself, for every way a row goes. */
describe('tombstones of deleted activities and persons', () => {
  let db: Database & { drop(): Promise<void> };
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.drop());

  async function workspaceWithData(team: string) {
    const workspace = await db.prisma.workspace.create({ data: { slackTeamId: team, name: team } });
    const employee = await db.prisma.employee.create({
      data: { workspaceId: workspace.id, slackUserId: 'U1' },
    });
    const type = await db.prisma.activityType.create({
      data: { workspaceId: workspace.id, nameEn: 'Call', nameSv: 'Samtal', position: 1 },
    });
    const person = await db.prisma.person.create({
      data: { workspaceId: workspace.id, name: 'Pia', externalId: `${team}-P` },
    });
    const activity = () =>
      db.prisma.activity.create({
        data: {
          workspaceId: workspace.id,
          personId: person.id,
          typeId: type.id,
          subject: 'Call',
          startAt: new Date(),
          dueAt: new Date(),
          responsibleId: employee.id,
        },
      });
    return { workspace, person, first: await activity(), second: await activity() };
  }

  it('one per deleted row, in the deleting transaction’s change order, cascades included', async () => {
    const { workspace, person, first, second } = await workspaceWithData('T1');
    await db.prisma.activity.delete({ where: { id: first.id } });
    // The person goes, and their remaining activity with them (ON DELETE CASCADE).
    await db.prisma.person.delete({ where: { id: person.id } });
    const activities = await db.prisma.activityTombstone.findMany({
      where: { workspaceId: workspace.id },
      orderBy: { changeId: 'asc' },
    });
    expect(activities.map((row) => row.activityId)).toEqual([first.id, second.id]);
    expect(activities[0]!.changeId < activities[1]!.changeId).toBe(true);
    const persons = await db.prisma.personTombstone.findMany({ where: { workspaceId: workspace.id } });
    expect(persons).toEqual([
      expect.objectContaining({ personId: person.id, externalId: 'T1-P', changeId: activities[1]!.changeId }),
    ]);
  });

  it('a person’s every write moves its change marker on', async () => {
    const { person } = await workspaceWithData('T2');
    const renamed = await db.prisma.person.update({ where: { id: person.id }, data: { name: 'Pia K' } });
    expect(person.changeId > 0n).toBe(true);
    expect(renamed.changeId > person.changeId).toBe(true);
  });

  it('a workspace that goes takes its rows and tombstones along, and leaves none behind', async () => {
    const { workspace, first } = await workspaceWithData('T3');
    await db.prisma.activity.delete({ where: { id: first.id } });
    await db.prisma.workspace.delete({ where: { id: workspace.id } });
    expect(await db.prisma.activityTombstone.count({ where: { workspaceId: workspace.id } })).toBe(0);
    expect(await db.prisma.personTombstone.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });
});
