import { rowCounts } from '../support/row-counts';
import { openTestDatabase } from '../support/test-prisma';

/** rowCounts answers from its last count when nothing has finished since; a write must still show. */
describe('rowCounts', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;

  beforeAll(async () => {
    database = await openTestDatabase();
  }, 60_000);
  afterAll(() => database?.drop());

  const addWorkspace = (slackTeamId: string) =>
    database.prisma.workspace.create({ data: { slackTeamId, name: slackTeamId } });

  it('sees every committed write, and nothing of a rolled-back one', async () => {
    const first = await rowCounts(database);
    expect(await rowCounts(database)).toEqual(first);

    const added = await addWorkspace('T-COUNTED');
    const afterInsert = await rowCounts(database);
    expect(afterInsert.Workspace).toBe(first.Workspace! + 1);

    await expect(
      database.prisma.$transaction(async (tx) => {
        await tx.workspace.create({ data: { slackTeamId: 'T-ROLLED-BACK', name: 'gone' } });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await rowCounts(database)).toEqual(afterInsert);

    await database.prisma.workspace.delete({ where: { id: added.id } });
    expect(await rowCounts(database)).toEqual(first);
  });

  it('gives each caller its own copy', async () => {
    const counts = await rowCounts(database);
    counts.Workspace = -1;
    expect((await rowCounts(database)).Workspace).not.toBe(-1);
  });
});
