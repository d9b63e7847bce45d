import { TeamRepository } from '../../../src/db/repositories/team-repository';
import type { AppError } from '../../../src/domain/app-error';
import { type TeamAdmin, teamAdmin } from '../../../src/domain/teams/team-admin';
import type { TeamInput } from '../../../src/domain/teams/team-input';
import { ValidationError } from '../../../src/domain/validation-error';
import type { Viewer } from '../../../src/domain/viewer';
import { messages } from '../../../src/i18n';
import { type ActivityBed, openActivityBed } from '../../support/fixtures/activities';

const en = messages('en');
const sv = messages('sv');

const input = (overrides: Partial<TeamInput> = {}): TeamInput => ({
  name: 'Sales',
  memberSlackUserIds: ['UANNA'],
  leadSlackUserIds: [],
  channelId: 'CSALES',
  digestHour: 8,
  digestDays: [1, 2, 3, 4, 5],
  escalationDays: 3,
  ...overrides,
});

/** The field messages of a refusal, in one language. */
async function refusal(work: Promise<unknown>, m = en): Promise<Record<string, string>> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ValidationError))
    throw new Error(`expected a ValidationError, got ${String(error)}`);
  return Object.fromEntries(
    Object.entries(error.fields).map(([field, text]) => [field, (text as (m: typeof en) => string)(m)]),
  );
}

describe('team administration (product §5.3)', () => {
  let bed: ActivityBed;
  let admin: TeamAdmin;
  let adminViewer: Viewer;
  let staffViewer: Viewer;
  const acting = () => ({ workspace: bed.workspace, viewer: adminViewer });

  beforeAll(async () => {
    bed = await openActivityBed();
    bed.double.addUser({ id: 'UADMIN', name: 'ada', is_admin: true });
    bed.double.addUser({ id: 'USTAFF', name: 'sam' });
    bed.double.addUser({ id: 'UANNA', name: 'anna', real_name: 'Anna' });
    bed.double.addUser({ id: 'UBERTIL', name: 'bertil', real_name: 'Bertil' });
    bed.double.addUser({ id: 'UROBOT', name: 'robot', real_name: 'Robot', is_bot: true });
    bed.double.addUser({ id: 'UGONE', name: 'gone', real_name: 'Gunnar Gone', deleted: true });
    bed.double.addUser({ id: 'UGUEST', name: 'guest', real_name: 'Greta Guest', is_restricted: true });
    admin = teamAdmin(new TeamRepository(bed.prisma), bed.employees, bed.clock);
    adminViewer = await bed.viewer('UADMIN');
    staffViewer = await bed.viewer('USTAFF');
  });
  afterAll(() => bed.stop());

  const audits = () => bed.prisma.auditLog.findMany({ orderBy: { id: 'asc' } });

  it('creates a team; a lead who was not picked as a member becomes one', async () => {
    const { team, created } = await admin.save.execute(
      acting(),
      input({
        name: '  Sales   North ',
        memberSlackUserIds: ['UANNA'],
        leadSlackUserIds: ['UBERTIL'],
        digestDays: [5, 1, 1],
      }),
    );
    expect(created).toBe(true);
    expect(team).toMatchObject({
      name: 'Sales North',
      channelId: 'CSALES',
      digestHour: 8,
      digestDays: [1, 5],
    });
    const listed = await admin.list.execute(adminViewer);
    expect(listed.map((t) => t.members.map((member) => [member.slackUserId, member.isLead]))).toEqual([
      [
        ['UANNA', false],
        ['UBERTIL', true],
      ],
    ]);
    const [audit] = await audits();
    expect(audit).toMatchObject({ action: 'team.created', targetType: 'team', targetId: String(team.id) });
    expect(audit?.actorId).toBe(adminViewer.employeeId);
    expect(JSON.stringify(audit?.details)).not.toMatch(/Anna|Bertil/);
  });

  it('refuses a name another team has in any case, in the user’s language, and writes nothing', async () => {
    const before = await bed.prisma.team.count();
    expect(await refusal(admin.save.execute(acting(), input({ name: 'sales north' })))).toEqual({
      name: 'A team is already called “Sales North”.',
    });
    expect(await refusal(admin.save.execute(acting(), input({ name: 'SALES NORTH' })), sv)).toEqual({
      name: 'Det finns redan ett team som heter ”Sales North”.',
    });
    expect(await bed.prisma.team.count()).toBe(before);
  });

  it('checks every field at once', async () => {
    expect(
      await refusal(
        admin.save.execute(
          acting(),
          input({
            name: ' ',
            channelId: 'not a channel',
            digestHour: 24,
            digestDays: [],
            escalationDays: 31,
          }),
        ),
      ),
    ).toEqual({
      name: 'Enter a name.',
      channel: 'Choose a channel from the list.',
      digestHour: 'Choose an hour from 00:00 to 23:00.',
      digestDays: 'Choose at least one day.',
      escalationDays: 'Enter a whole number of working days from 1 to 30.',
    });
    expect(
      await refusal(admin.save.execute(acting(), input({ digestDays: [0, 8], escalationDays: 0 }))),
    ).toEqual({
      digestDays: 'Choose days from the list.',
      escalationDays: 'Enter a whole number of working days from 1 to 30.',
    });
    expect(await refusal(admin.save.execute(acting(), input({ name: 'x'.repeat(61) })))).toEqual({
      name: 'A name may have at most 60 characters.',
    });
  });

  it('refuses bots, deactivated users and guests next to the field they were picked in', async () => {
    expect(
      await refusal(
        admin.save.execute(
          acting(),
          input({
            name: 'Mixed',
            memberSlackUserIds: ['UANNA', 'UROBOT', 'UGONE'],
            leadSlackUserIds: ['UGUEST'],
          }),
        ),
      ),
    ).toEqual({
      members: 'robot is a bot and cannot be on a team. gone is deactivated and cannot be on a team.',
      leads: 'guest is a guest and cannot be on a team.',
    });
    expect(
      await refusal(admin.save.execute(acting(), input({ name: 'Mixed', memberSlackUserIds: ['UNOBODY'] }))),
    ).toEqual({ members: 'One of the people picked is not a member of this workspace.' });
    expect(await bed.prisma.team.count({ where: { name: 'Mixed' } })).toBe(0);
  });

  it('edits a team, keeping a member who has since left, and records what changed', async () => {
    const [team] = await admin.list.execute(adminViewer);
    bed.double.user('UANNA')!.deleted = true;
    bed.clock.advance(25 * 60 * 60 * 1000); // past the daily profile refresh
    const { created } = await admin.save.execute(
      acting(),
      input({
        name: 'Sales North',
        memberSlackUserIds: ['UANNA', 'UBERTIL'],
        leadSlackUserIds: ['UBERTIL'],
        channelId: null,
        digestHour: 7,
        escalationDays: 5,
      }),
      team!.id,
    );
    expect(created).toBe(false);
    const audit = (await audits()).at(-1)!;
    expect(audit.action).toBe('team.updated');
    expect((audit.details as { changed: string[] }).changed).toEqual([
      'channelId',
      'digestHour',
      'digestDays',
      'escalationDays',
    ]);
    expect(await admin.get.execute(adminViewer, { teamId: team!.id })).toMatchObject({
      channelId: null,
      digestHour: 7,
      escalationDays: 5,
    });
    bed.double.user('UANNA')!.deleted = false;
  });

  it('refuses anyone who is not an admin, and changes nothing', async () => {
    const [team] = await admin.list.execute(adminViewer);
    const notAdmin = (work: Promise<unknown>) =>
      expect(work).rejects.toMatchObject({ code: 'admin_only' } satisfies Partial<AppError>);
    await notAdmin(admin.list.execute(staffViewer));
    await notAdmin(
      admin.save.execute({ workspace: bed.workspace, viewer: staffViewer }, input({ name: 'Mine' })),
    );
    await notAdmin(admin.save.execute({ workspace: bed.workspace, viewer: null }, input({ name: 'Mine' })));
    await notAdmin(admin.delete.execute(staffViewer, { teamId: team!.id }));
    expect(await bed.prisma.team.count()).toBe(1);
  });

  it('deletes a team with its memberships, not its people', async () => {
    const [team] = await admin.list.execute(adminViewer);
    expect(await admin.delete.execute(adminViewer, { teamId: team!.id })).toEqual({ name: 'Sales North' });
    expect(await bed.prisma.team.count()).toBe(0);
    expect(await bed.prisma.teamMember.count()).toBe(0);
    expect(await bed.prisma.employee.count({ where: { slackUserId: { in: ['UANNA', 'UBERTIL'] } } })).toBe(2);
    expect((await audits()).at(-1)).toMatchObject({ action: 'team.deleted', targetId: String(team!.id) });
    await expect(admin.delete.execute(adminViewer, { teamId: team!.id })).rejects.toMatchObject({
      code: 'team_not_found',
    });
    await expect(admin.save.execute(acting(), input(), team!.id)).rejects.toMatchObject({
      code: 'team_not_found',
    });
  });

  it('lets two admins creating the same name at once end with one team', async () => {
    const results = await Promise.allSettled([
      admin.save.execute(acting(), input({ name: 'Race', memberSlackUserIds: ['UBERTIL'] })),
      admin.save.execute(acting(), input({ name: 'race', memberSlackUserIds: ['UBERTIL'] })),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(await bed.prisma.team.count({ where: { name: { equals: 'race', mode: 'insensitive' } } })).toBe(1);
  });
});
