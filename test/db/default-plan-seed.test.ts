import fs from 'node:fs';
import path from 'node:path';
import { WorkspaceRepository } from '../../src/db/repositories/workspace-repository';
import { WorkspaceService } from '../../src/domain/workspaces/workspace-service';
import { openTestDatabase } from '../support/test-prisma';

describe('the starting plan of a new workspace (product §3.7)', () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.drop());

  it('is “Ny kund” in a Swedish workspace and “New customer” in an English one, with its three steps', async () => {
    const repository = new WorkspaceRepository(db.prisma);
    const swedish = await new WorkspaceService(repository, {
      locale: 'sv',
      timezone: 'Europe/Stockholm',
      holidayCountry: 'SE',
    }).ensure('TSWEDISH', 'Svenska AB');
    const english = await new WorkspaceService(repository, {
      locale: 'en',
      timezone: 'Europe/London',
      holidayCountry: 'GB',
    }).ensure('TENGLISH', 'English Ltd');
    const plansOf = (workspaceId: number) =>
      db.prisma.activityPlan.findMany({
        where: { workspaceId },
        include: { steps: { orderBy: { position: 'asc' }, include: { type: true } } },
      });
    const [sv] = await plansOf(swedish.id);
    expect(sv?.name).toBe('Ny kund');
    expect(
      sv?.steps.map((step) => [step.type.key, step.subject, step.offsetDays, step.responsibleKind]),
    ).toEqual([
      ['OUTGOING_CALL', 'Välkomstsamtal', 0, 'LAUNCHER'],
      ['VISIT', 'Besök', 14, 'LAUNCHER'],
      ['EMAIL', 'Uppföljande e-post', 30, 'LAUNCHER'],
    ]);
    const [en] = await plansOf(english.id);
    expect(en?.name).toBe('New customer');
    expect(en?.steps.map((step) => step.subject)).toEqual(['Welcome call', 'Visit', 'Follow-up e-mail']);
    // Each workspace's steps use its own types.
    expect(en?.steps.every((step) => step.type.workspaceId === english.id)).toBe(true);
  });

  it('is given to workspaces that existed before plans by the activity_plans migration, in their language', async () => {
    await db.prisma.activityPlan.deleteMany();
    const folder = fs
      .readdirSync(path.join(__dirname, '../../prisma/migrations'))
      .find((name) => name.endsWith('_activity_plans'));
    const sql = fs.readFileSync(
      path.join(__dirname, '../../prisma/migrations', folder!, 'migration.sql'),
      'utf8',
    );
    // The part after the tables: the statements that seed existing workspaces.
    const seed = sql.slice(sql.indexOf('-- Every existing workspace'));
    for (const statement of seed
      .split(';')
      .map((part) => part.replace(/^\s*--.*$/gm, '').trim())
      .filter(Boolean))
      await db.prisma.$executeRawUnsafe(statement);
    const plans = await db.prisma.activityPlan.findMany({
      include: { workspace: true, steps: { orderBy: { position: 'asc' } } },
      orderBy: { workspaceId: 'asc' },
    });
    expect(
      plans.map((plan) => [plan.workspace.slackTeamId, plan.name, plan.steps.map((step) => step.subject)]),
    ).toEqual([
      ['TSWEDISH', 'Ny kund', ['Välkomstsamtal', 'Besök', 'Uppföljande e-post']],
      ['TENGLISH', 'New customer', ['Welcome call', 'Visit', 'Follow-up e-mail']],
    ]);
  });
});
