import { DigestDeliveryRepository } from '../../src/db/repositories/digest-delivery-repository';
import { dueWindows } from '../../src/domain/digests/due-window';
import { openTestDatabase } from '../support/test-prisma';

/** Monday 7 December 2026, 09:30 in Stockholm: everyone's 08:00 digest is due. */
const NOW = new Date('2026-12-07T08:30:00Z');

describe('digest claims across workspaces', () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let repository: DigestDeliveryRepository;
  const teamOf = new Map<number, string>();

  beforeAll(async () => {
    db = await openTestDatabase();
    repository = new DigestDeliveryRepository(db.prisma);
    // A large workspace whose employees were all created first, and a small one.
    for (const [slackTeamId, size] of [
      ['TLARGE', 8],
      ['TSMALL', 2],
    ] as const) {
      const workspace = await db.prisma.workspace.create({ data: { slackTeamId, name: slackTeamId } });
      teamOf.set(workspace.id, slackTeamId);
      for (let i = 0; i < size; i++)
        await db.prisma.employee.create({
          data: {
            workspaceId: workspace.id,
            slackUserId: `U${slackTeamId}${i}`,
            name: `${slackTeamId} ${i}`,
          },
        });
    }
  });
  afterAll(() => db.drop());

  it('lets workspaces take turns within a batch, so a large one cannot keep a small one waiting', async () => {
    const windows = dueWindows(NOW, await repository.employeeZones());
    const batch = await repository.claimPersonal(windows, {
      now: NOW,
      owner: 'test',
      leaseUntil: new Date(NOW.getTime() + 60_000),
      maxAttempts: 3,
      limit: 4,
    });

    expect(batch.claims.map((claim) => teamOf.get(claim.workspaceId)).sort()).toEqual([
      'TLARGE',
      'TLARGE',
      'TSMALL',
      'TSMALL',
    ]);
  });
});
