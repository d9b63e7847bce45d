import { TeamDigestRepository } from '../../../src/db/repositories/team-digest-repository';
import { WorkspaceRepository } from '../../../src/db/repositories/workspace-repository';
import { workingDays } from '../../../src/domain/teams/team-calendar';
import { BuildTeamDigest, type TeamDigest } from '../../../src/domain/teams/team-digest';
import { WorkspaceService } from '../../../src/domain/workspaces/workspace-service';
import type { PrismaClient } from '../../../src/generated/prisma/client';
import { openTestDatabase } from '../../support/test-prisma';

// Wednesday 11 March 2026, 08:00 in Stockholm (UTC+1: summer time starts on 29 March).
const TODAY = '2026-03-11';
const TZ = 'Europe/Stockholm';
const NOW = new Date('2026-03-11T07:00:00Z');
const noHolidays = () => false;

describe('BuildTeamDigest (product §5.3): the channel digest content', () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let prisma: PrismaClient;
  let workspaceId: number;
  let teamId: number;
  const ids: Record<string, number> = {};
  const employees: Record<string, number> = {};
  let digest: TeamDigest;

  const build = (
    isHoliday: (date: string) => boolean = noHolidays,
    team = teamId,
    today = TODAY,
    now = NOW,
  ) =>
    new BuildTeamDigest(new TeamDigestRepository(prisma)).execute(team, {
      localDate: today,
      timezone: TZ,
      now,
      isWorkingDay: workingDays(isHoliday),
    });

  async function activity(
    key: string,
    input: {
      who: string;
      type?: string;
      due: string;
      createdAt?: string;
      completedAt?: string;
      isPrivate?: boolean;
      deleted?: boolean;
      subject?: string;
    },
  ) {
    const type = await prisma.activityType.findFirstOrThrow({
      where: { workspaceId, key: input.type ?? 'MEETING' },
    });
    const person = await prisma.person.create({ data: { workspaceId, name: `Person of ${key}` } });
    const due = new Date(input.due);
    const row = await prisma.activity.create({
      data: {
        workspaceId,
        personId: person.id,
        typeId: type.id,
        subject: input.subject ?? `Subject ${key}`,
        startAt: due,
        dueAt: due,
        responsibleId: employees[input.who]!,
        notes: `Notes of ${key}`,
        isPrivate: input.isPrivate ?? false,
        status: input.completedAt ? 'DONE' : 'NOT_STARTED',
        completedAt: input.completedAt ? new Date(input.completedAt) : null,
        createdAt: new Date(input.createdAt ?? '2026-02-01T10:00:00Z'),
        deletedAt: input.deleted ? new Date('2026-03-10T10:00:00Z') : null,
      },
    });
    ids[key] = row.id;
  }

  beforeAll(async () => {
    db = await openTestDatabase();
    prisma = db.prisma;
    const workspace = await new WorkspaceService(new WorkspaceRepository(prisma), {
      locale: 'en',
      timezone: TZ,
      holidayCountry: 'SE',
    }).ensure('TDIGEST', 'Digest workspace');
    workspaceId = workspace.id;
    // Created out of name order, so the digest has to sort them.
    for (const [key, name] of [
      ['cecilia', 'Cecilia'],
      ['anna', 'Anna'],
      ['olle', 'Olle Outsider'],
      ['bertil', 'bertil'],
    ] as const) {
      const employee = await prisma.employee.create({
        data: { workspaceId, slackUserId: `U${key.toUpperCase()}`, name },
      });
      employees[key] = employee.id;
    }
    const team = await prisma.team.create({
      data: {
        workspaceId,
        name: 'Sales',
        channelId: 'CSALES',
        escalationDays: 3,
        members: {
          create: [
            { employeeId: employees.anna!, isLead: true },
            { employeeId: employees.bertil! },
            { employeeId: employees.cecilia! },
          ],
        },
      },
    });
    teamId = team.id;

    await activity('a1', { who: 'anna', due: '2026-03-05T09:00:00Z' }); // Thursday: 4 working days overdue
    await activity('a2', { who: 'anna', due: '2026-03-06T09:00:00Z' }); // Friday: 3 working days, weekend between
    await activity('a3', { who: 'anna', due: '2026-03-12T09:00:00Z' }); // tomorrow
    await activity('a4', {
      who: 'anna',
      due: '2026-03-10T09:00:00Z',
      completedAt: '2026-03-10T12:00:00Z',
      createdAt: '2026-03-10T10:00:00Z',
    });
    // 00:30 on the 11th in Stockholm: today there, although still the 10th in UTC.
    await activity('a5', {
      who: 'anna',
      due: '2026-03-10T09:00:00Z',
      completedAt: '2026-03-10T23:30:00Z',
      createdAt: '2026-03-10T23:00:00Z',
    });
    // 00:30 on the 10th in Stockholm: yesterday there, although the 9th in UTC.
    await activity('a6', {
      who: 'anna',
      due: '2026-03-09T09:00:00Z',
      completedAt: '2026-03-09T23:30:00Z',
      createdAt: '2026-03-09T23:30:00Z',
    });
    await activity('a7', {
      who: 'anna',
      due: '2026-02-02T09:00:00Z',
      deleted: true,
      createdAt: '2026-03-10T10:00:00Z',
    });
    await activity('b1', {
      who: 'bertil',
      due: '2026-03-02T09:00:00Z',
      isPrivate: true,
      subject: 'Secret merger',
    });
    await activity('b2', {
      who: 'bertil',
      type: 'OUTGOING_CALL',
      due: '2026-03-11T06:00:00Z',
      createdAt: '2026-03-10T22:59:00Z',
    });
    await activity('o1', { who: 'olle', due: '2026-02-01T09:00:00Z', createdAt: '2026-03-10T10:00:00Z' });
    digest = (await build())!;
  });
  afterAll(() => db.drop());

  it('names the team, its channel, the date and the threshold', () => {
    expect(digest).toMatchObject({
      teamId,
      teamName: 'Sales',
      channelId: 'CSALES',
      localDate: TODAY,
      timezone: TZ,
      escalationDays: 3,
    });
  });

  it('counts per member, leads included, in name order; other people and deleted activities never count', () => {
    expect(
      digest.members.map(({ slackUserId, unfinished, overdue, completedYesterday }) => ({
        slackUserId,
        unfinished,
        overdue,
        completedYesterday,
      })),
    ).toEqual([
      { slackUserId: 'UANNA', unfinished: 3, overdue: 2, completedYesterday: 2 },
      { slackUserId: 'UBERTIL', unfinished: 2, overdue: 2, completedYesterday: 0 },
      { slackUserId: 'UCECILIA', unfinished: 0, overdue: 0, completedYesterday: 0 },
    ]);
  });

  it('takes yesterday as the previous calendar day in the workspace time zone', () => {
    expect(digest.loggedYesterdayByType).toEqual([
      { typeNames: { en: 'Meeting', sv: 'Möte' }, count: 2 },
      { typeNames: { en: 'Outgoing call', sv: 'Utgående samtal' }, count: 1 },
    ]);
  });

  it('lists the oldest overdue first, with working days overdue', () => {
    expect(digest.oldestOverdue.map((item) => [item.activityId, item.overdueWorkingDays])).toEqual([
      [ids.b1, 7],
      [ids.a1, 4],
      [ids.a2, 3],
      [ids.b2, 0],
    ]);
    expect(digest.oldestOverdue[1]).toMatchObject({
      typeNames: { en: 'Meeting', sv: 'Möte' },
      subject: 'Subject a1',
      personName: 'Person of a1',
      responsibleSlackUserId: 'UANNA',
      dueAt: new Date('2026-03-05T09:00:00Z'),
      isPrivate: false,
    });
  });

  it('never carries a private activity’s subject, person or notes', () => {
    const secret = digest.oldestOverdue.find((item) => item.activityId === ids.b1);
    expect(secret).toMatchObject({
      subject: null,
      personName: null,
      isPrivate: true,
      responsibleSlackUserId: 'UBERTIL',
    });
    const text = JSON.stringify(digest);
    expect(text).not.toContain('Secret merger');
    expect(text).not.toContain('Person of b1');
    expect(text).not.toContain('Notes of');
  });

  it('escalates only what is overdue more than the threshold in working days (a weekend does not count)', () => {
    expect(digest.escalated.map((item) => item.activityId)).toEqual([ids.b1, ids.a1]);
    expect(digest.escalatedTotal).toBe(2);
  });

  it('does not count public holidays as working days', async () => {
    const withHoliday = (await build((date) => date === '2026-03-10'))!;
    expect(withHoliday.escalated.map((item) => item.activityId)).toEqual([ids.b1]);
    expect(withHoliday.oldestOverdue.map((item) => item.overdueWorkingDays)).toEqual([6, 3, 2, 0]);
  });

  it('honours a changed threshold', async () => {
    await prisma.team.update({ where: { id: teamId }, data: { escalationDays: 2 } });
    const stricter = (await build())!;
    expect(stricter.escalated.map((item) => item.activityId)).toEqual([ids.b1, ids.a1, ids.a2]);
    await prisma.team.update({ where: { id: teamId }, data: { escalationDays: 3 } });
  });

  it('is null for a team without a channel, and for a team that is gone', async () => {
    const quiet = await prisma.team.create({ data: { workspaceId, name: 'Quiet' } });
    expect(await build(noHolidays, quiet.id)).toBeNull();
    expect(await build(noHolidays, 999_999)).toBeNull();
  });

  it('gives a team without members an empty digest', async () => {
    const empty = await prisma.team.create({ data: { workspaceId, name: 'Empty', channelId: 'CEMPTY' } });
    expect(await build(noHolidays, empty.id)).toMatchObject({
      members: [],
      loggedYesterdayByType: [],
      oldestOverdue: [],
      escalated: [],
      escalatedTotal: 0,
    });
  });

  it('cuts long lists: 5 oldest overdue, 20 escalated, and the full count', async () => {
    for (let day = 1; day <= 30; day += 1) {
      await activity(`c${day}`, { who: 'cecilia', due: `2026-01-${String(day).padStart(2, '0')}T09:00:00Z` });
    }
    const long = (await build())!;
    expect(long.oldestOverdue.map((item) => item.activityId)).toEqual(
      [1, 2, 3, 4, 5].map((day) => ids[`c${day}`]),
    );
    expect(long.escalated).toHaveLength(20);
    expect(long.escalated.map((item) => item.activityId)).toEqual(
      Array.from({ length: 20 }, (_, index) => ids[`c${index + 1}`]),
    );
    expect(long.escalatedTotal).toBe(32);
    expect(long.members.find((member) => member.slackUserId === 'UCECILIA')).toMatchObject({
      unfinished: 30,
      overdue: 30,
    });
  });
});
