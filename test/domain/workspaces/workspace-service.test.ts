import type { Database } from '../../../src/db/database';
import { WorkspaceRepository } from '../../../src/db/repositories/workspace-repository';
import { WorkspaceService } from '../../../src/domain/workspaces/workspace-service';
import { openTestDatabase } from '../../support/test-prisma';

describe('a workspace seen for the first time', () => {
  let db: Database & { drop(): Promise<void> };
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.drop());

  const service = (locale: 'sv' | 'en') =>
    new WorkspaceService(new WorkspaceRepository(db.prisma), {
      locale,
      timezone: 'Europe/Stockholm',
      holidayCountry: 'SE',
    });

  async function typesOf(slackTeamId: string) {
    return db.prisma.activityType.findMany({
      where: { workspace: { slackTeamId } },
      orderBy: { position: 'asc' },
      include: { followUpType: true },
    });
  }

  it('starts with the seven activity types of product §3.5, named in both languages', async () => {
    await service('sv').ensure('TSV', 'Svenska AB');
    const types = await typesOf('TSV');
    expect(types.map((t) => t.nameSv)).toEqual([
      'Inkommande samtal',
      'Utgående samtal',
      'Möte',
      'E-post',
      'SMS',
      'Besök',
      'Uppföljning',
    ]);
    expect(types.every((t) => !t.archived)).toBe(true);
    expect(types.find((t) => t.key === 'MEETING')?.followUpType?.key).toBe('FOLLOW_UP');
    expect(types.find((t) => t.key === 'FOLLOW_UP')?.defaultDueDays).toBe(2);

    await service('en').ensure('TEN', 'English Ltd');
    expect((await typesOf('TEN')).map((t) => t.nameEn)).toEqual([
      'Incoming call',
      'Outgoing call',
      'Meeting',
      'E-mail',
      'SMS',
      'Visit',
      'Follow-up',
    ]);
  });

  it('is created once when several replicas meet it at the same moment', async () => {
    const results = await Promise.all([
      service('en').ensure('TRACE', 'Race'),
      service('en').ensure('TRACE', 'Race'),
    ]);
    expect(results[0].id).toBe(results[1].id);
    expect(await db.prisma.workspace.count({ where: { slackTeamId: 'TRACE' } })).toBe(1);
    expect(await typesOf('TRACE')).toHaveLength(7);
  });

  it('keeps its types and takes the new name when the Slack team is renamed', async () => {
    await service('en').ensure('TREN', 'Old name');
    const renamed = await service('en').ensure('TREN', 'New name');
    expect(renamed.name).toBe('New name');
    expect(await typesOf('TREN')).toHaveLength(7);
  });
});
