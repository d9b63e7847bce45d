import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { ActivityRepository } from '../../src/db/repositories/activity-repository';
import { DigestActivityRepository } from '../../src/db/repositories/digest-activity-repository';
import { ExportRepository } from '../../src/db/repositories/export-repository';
import { PrivacyRepository } from '../../src/db/repositories/privacy-repository';
import { StatsRepository } from '../../src/db/repositories/stats-repository';
import { TeamDigestRepository } from '../../src/db/repositories/team-digest-repository';
import { TeamOverviewRepository } from '../../src/db/repositories/team-overview-repository';
import { visibilitySql } from '../../src/db/repositories/visibility-filter';
import {
  allows,
  countedIn,
  everythingAbout,
  type VisibilityRule,
  visibleEvenDeletedTo,
  visibleOrRestorableTo,
  visibleTo,
} from '../../src/domain/activities/activity-visibility';
import type { StatsWindow } from '../../src/domain/stats/stats-ports';
import type { Viewer } from '../../src/domain/viewer';
import { openTestDatabase } from '../support/test-prisma';

/**
 * product §3.4 in every query: each repository method that reads activities takes the
 * domain's VisibilityRule and applies it. The inventory below names every method
 * of every repository that touches the Activity table — those that read activities
 * with how to call them, the rest with why they are not reads for someone — and
 * the first test fails when a method is added without being named here.
 */

const NOW = new Date('2026-03-10T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const daysFromNow = (days: number) => new Date(NOW.getTime() + days * DAY);

interface Fixture {
  db: Database & { drop(): Promise<void> };
  workspaceId: number;
  /** The responsible of the private activities. */
  owner: number;
  /** Someone else in the workspace, lead of the team both are in. */
  other: number;
  teamMembers: number[];
  personId: number;
  organizationId: number;
  privateIds: number[];
  allIds: number[];
}

/** What a read returns, reduced to what the rule decides: activity ids, or how many were counted. */
type Read = (f: Fixture, rule: VisibilityRule) => Promise<number[] | number>;
type Entry = { reads: Read } | { notARead: string };

const statsWindow: StatsWindow = {
  previousFrom: daysFromNow(-60),
  from: daysFromNow(-30),
  to: daysFromNow(30),
  timezone: 'UTC',
  bucket: 'day',
  now: NOW,
};
const statsScope = (rule: VisibilityRule) => ({ rule, responsibleIds: null, typeId: null });
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const yesterday = { from: daysFromNow(-2), to: NOW };

const WRITE = 'a write: returns what the writer just wrote, after the domain checked they may';
const NO_ACTIVITY = 'reads no activity';

const INVENTORY: Record<string, Record<string, Entry>> = {
  ActivityRepository: {
    create: { notARead: WRITE },
    updateIfVersion: { notARead: WRITE },
    softDeleteIfVersion: { notARead: WRITE },
    restoreIfVersion: { notARead: WRITE },
    guardedWrite: { notARead: WRITE },
    insertKnown: { notARead: WRITE },
    insertKnownMany: { notARead: WRITE },
    inTransaction: { notARead: 'runs a write in the caller’s transaction or its own; reads nothing' },
    find: {
      reads: async (f, rule) => {
        const found = await Promise.all(f.privateIds.map((id) => activities(f).find(rule, id)));
        return found.flatMap((record) => (record ? [record.id] : []));
      },
    },
    findMany: { reads: async (f, rule) => ids(await activities(f).findMany(rule, f.allIds)) },
    list: { reads: async (f, rule) => ids(await activities(f).list(rule, { take: 100 })) },
    unfinishedByDue: {
      // App Home: the owner's unfinished activities, all of them read, so the counts must add up to them.
      reads: async (f, rule) => {
        const { counts, soonest } = await activities(f).unfinishedByDue(rule, {
          responsibleId: f.owner,
          bounds: [NOW, daysFromNow(1), daysFromNow(15)],
          take: 100,
        });
        expect(sum(counts)).toBe(soonest.length);
        return ids(soonest);
      },
    },
    listDeleted: {
      // The trash, read as an admin who may restore everything deleted within 30 days.
      reads: async (f, rule) => {
        const manager = {
          employeeId: rule.private === 'none' || rule.private === 'all' ? 0 : rule.private.responsibleId,
          isAdmin: true,
        };
        const trash = { ...rule, deleted: { since: daysFromNow(-30), manager } };
        return ids(await activities(f).listDeleted(trash, { take: 100 }));
      },
    },
    count: { reads: (f, rule) => activities(f).count(rule, {}) },
    countsFor: {
      reads: async (f, rule) => {
        const counts = await activities(f).countsFor(rule, { personId: f.personId }, NOW);
        return counts.open + counts.overdue + counts.done;
      },
    },
    nextDueFor: {
      reads: async (f, rule) => ids([await activities(f).nextDueFor(rule, { personId: f.personId }, NOW)]),
    },
    lastCompletedFor: {
      reads: async (f, rule) =>
        ids([await activities(f).lastCompletedFor(rule, { organizationId: f.organizationId })]),
    },
    latestFor: {
      reads: async (f, rule) => ids(await activities(f).latestFor(rule, { personId: f.personId }, 100)),
    },
    history: {
      reads: async (f, rule) => {
        const shown = await Promise.all(
          f.privateIds.map(async (id) =>
            (await activities(f).history(rule, id, 10)).length > 0 ? [id] : [],
          ),
        );
        return shown.flat();
      },
    },
    countHistory: {
      reads: async (f, rule) =>
        sum(await Promise.all(f.privateIds.map((id) => activities(f).countHistory(rule, id)))),
    },
  },
  ApiLookupRepository: {
    personByExternalId: { notARead: NO_ACTIVITY },
    personByEmail: { notARead: NO_ACTIVITY },
    personIdsByPhone: { notARead: NO_ACTIVITY },
    personById: { notARead: NO_ACTIVITY },
    organizationByExternalId: { notARead: NO_ACTIVITY },
    employeeSlackIdByEmail: { notARead: NO_ACTIVITY },
    typeIdByKeyOrName: { notARead: NO_ACTIVITY },
    deletePersonIfUnused: { notARead: 'deletes a person no activity uses; reads none' },
    changedActivities: {
      notARead:
        'ids and states only (shown, private, deleted, gone) so a client can drop them; content is read through forDisplay',
    },
    changedPersons: { notARead: NO_ACTIVITY },
    horizon: { notARead: 'the oldest running transaction; reads no row' },
    personsByIds: { notARead: NO_ACTIVITY },
  },
  ActivitySeriesRepository: {
    create: { notARead: WRITE },
    addOccurrence: { notARead: WRITE },
    update: { notARead: WRITE },
    lock: { notARead: 'locks the series an occurrence the domain already read belongs to, inside its write' },
    occurrenceAfter: {
      notARead:
        'the id, creation, version and deletion of the occurrence a series made, inside a restore; no content',
    },
    removeOccurrence: { notARead: WRITE },
    detach: { notARead: WRITE },
  },
  WorkspaceLifecycleRepository: {
    markUninstalled: {
      notARead: 'marks the workspace uninstalled and deletes its tokens; reads no activity',
    },
    markReinstalled: { notARead: 'clears the mark; reads no activity' },
    uninstalledBefore: { notARead: 'workspace ids past their grace period; reads no activity' },
    registersOf: { notARead: 'the team ids of an organization’s registers; reads no activity' },
    removedFromTheirWorkspace: {
      notARead: 'the team ids of an organization’s registers the app was removed from; reads no activity',
    },
    erase: {
      notARead: 'deletes every row of a workspace past its grace period (counts only); shows nothing',
    },
  },
  DigestActivityRepository: {
    forEmployees: {
      reads: async (f, rule) => {
        const window = { employeeId: f.owner, rule, tomorrow: daysFromNow(1), horizon: daysFromNow(8) };
        const found = await new DigestActivityRepository(f.db.prisma).forEmployees([window], NOW, 100);
        return (found.get(f.owner)?.items ?? []).map((item) => item.record.id);
      },
    },
  },
  ExportRepository: {
    page: {
      reads: async (f, rule) => {
        const scope = {
          rule,
          responsibleIds: null,
          typeId: null,
          from: daysFromNow(-30),
          to: daysFromNow(30),
          timezone: 'UTC',
        };
        return ids(await new ExportRepository(f.db.prisma).page(scope, null, 100));
      },
    },
  },
  MessageBatchRepository: {
    storedAnswers: { notARead: 'idempotency keys of the token that recorded the batch; reads no activity' },
    insert: { notARead: WRITE },
  },
  PlanRepository: {
    list: { notARead: 'activity plans and their steps; reads no activity' },
    find: { notARead: 'one activity plan and its steps; reads no activity' },
    nameClash: { notARead: 'plan names; reads no activity' },
    save: { notARead: WRITE },
    setArchived: { notARead: WRITE },
    usualResponsible: {
      notARead:
        'only the Slack id of the responsible of the person’s latest activity among those the rule it is given keeps (the launch passes visibleTo(launcher)); nothing of an activity is returned',
    },
    inTransaction: { notARead: 'opens a transaction for a plan launch; reads nothing' },
  },
  PrivacyRepository: {
    findPersons: { notARead: NO_ACTIVITY },
    findPerson: { notARead: NO_ACTIVITY },
    auditExport: { notARead: 'writes an audit row' },
    erase: { notARead: 'an erasure deletes everything about the person (product §8); audited' },
    activitiesOf: {
      reads: async (f, rule) => ids(await new PrivacyRepository(f.db.prisma).activitiesOf(rule, f.personId)),
    },
    counts: {
      reads: async (f, rule) =>
        (await new PrivacyRepository(f.db.prisma).counts(rule, f.personId)).activities,
    },
  },
  ReminderDeliveryRepository: {
    claim: {
      notARead:
        'claims reminders for each activity’s own responsible, who always sees it (product §3.4); the message is drawn through visibleTo(recipient)',
    },
    markSent: { notARead: 'marks a reminder row and lets go of the moment it was for' },
    markDropped: { notARead: 'marks a reminder row and lets go of the moment it was for' },
    markSkipped: { notARead: 'marks a reminder row and lets go of the moment it was for' },
    finish: { notARead: 'marks a reminder row and lets go of the moment it was for' },
    markFailed: { notARead: NO_ACTIVITY },
    release: { notARead: NO_ACTIVITY },
    sentFor: { notARead: 'where reminders were posted; each is redrawn through visibleTo(recipient)' },
    remindAgainAt: { notARead: 'a write: the domain checked the snoozer is the responsible' },
    askOutcomeAgainAt: { notARead: 'a write: the domain checked the one answering is the responsible' },
    markHeld: { notARead: 'marks a reminder row and lets go of the moment it was for' },
    claimHeld: {
      notARead:
        'claims held rows (product §5.6), made for each activity’s own responsible; each is drawn through visibleTo(recipient)',
    },
    markHeldSent: { notARead: NO_ACTIVITY },
    markHeldSkipped: { notARead: NO_ACTIVITY },
    holdAgain: { notARead: NO_ACTIVITY },
    hold: { notARead: 'writes an assignment row for the activity’s new responsible' },
    recordSent: { notARead: 'writes an assignment row for the activity’s new responsible' },
    openFold: { notARead: 'where the recipient’s last assignment message is; no activity is read' },
    itemsAt: { notARead: 'the items of one recipient’s message; each is drawn through visibleTo(recipient)' },
    assignmentRow: { notARead: NO_ACTIVITY },
  },
  RetentionRepository: {
    withLock: { notARead: NO_ACTIVITY },
    workspaceIds: { notARead: NO_ACTIVITY },
    deleteBatch: {
      notARead: 'the retention job deletes old DONE activities, whoever they belong to (product §8)',
    },
    purgeDeletedBatch: {
      notARead: 'the nightly purge deletes for good what was in the trash for 30 days, whoever deleted it',
    },
    deleteActivitiesWhere: {
      notARead: 'the delete deleteBatch and purgeDeletedBatch share, for the conditions they give',
    },
    clearTombstoneExternalIds: { notARead: NO_ACTIVITY },
    audit: { notARead: 'writes an audit row' },
  },
  StatsRepository: {
    types: { notARead: NO_ACTIVITY },
    byTypeAndStatus: {
      reads: async (f, rule) =>
        sum(
          (await new StatsRepository(f.db.prisma).byTypeAndStatus(statsScope(rule), statsWindow)).map(
            (row) => row.current + row.previous,
          ),
        ),
    },
    byResponsible: {
      reads: async (f, rule) =>
        sum(
          (await new StatsRepository(f.db.prisma).byResponsible(statsScope(rule), statsWindow)).map(
            (row) => row.current,
          ),
        ),
    },
    flow: {
      reads: async (f, rule) => {
        const flow = await new StatsRepository(f.db.prisma).flow(statsScope(rule), statsWindow);
        return flow.createdCurrent + flow.completedCurrent;
      },
    },
    series: {
      reads: async (f, rule) =>
        sum(
          (await new StatsRepository(f.db.prisma).series(statsScope(rule), statsWindow)).map(
            (row) => row.count,
          ),
        ),
    },
  },
  TeamDigestRepository: {
    team: { notARead: NO_ACTIVITY },
    members: { notARead: 'the condition the figures share, built from visibilityWhere' },
    countPerMember: { notARead: 'counts with the condition its callers pass' },
    unfinishedPerMember: {
      reads: async (f, rule) =>
        sum((await teamDigests(f).unfinishedPerMember(rule, f.teamMembers)).map((row) => row.count)),
    },
    completedPerMember: {
      reads: async (f, rule) =>
        sum(
          (await teamDigests(f).completedPerMember(rule, f.teamMembers, yesterday)).map((row) => row.count),
        ),
    },
    loggedPerType: {
      reads: async (f, rule) =>
        sum((await teamDigests(f).loggedPerType(rule, f.teamMembers, yesterday)).map((row) => row.count)),
    },
    overdue: {
      reads: async (f, rule) =>
        ids((await teamDigests(f).overdue(rule, f.teamMembers, { before: NOW, limit: 100 })).rows),
    },
  },
  TeamOverviewRepository: {
    membersLedBy: {
      reads: async (f, rule) =>
        sum(
          (await new TeamOverviewRepository(f.db.prisma).membersLedBy(rule, f.other, NOW)).map(
            (row) => row.unfinished,
          ),
        ),
    },
  },
};

const activities = (f: Fixture) => new ActivityRepository(f.db.prisma, f.db.plain);
const teamDigests = (f: Fixture) => new TeamDigestRepository(f.db.prisma);
const ids = (rows: ({ id: number } | null)[]) => rows.flatMap((row) => (row ? [row.id] : []));

const REPOSITORIES = path.join(__dirname, '../../src/db/repositories');

/** Every class of every repository module that touches the Activity table, with its methods. */
async function discoverRepositoryMethods(): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const file of fs.readdirSync(REPOSITORIES).sort()) {
    const text = fs.readFileSync(path.join(REPOSITORIES, file), 'utf8');
    if (!/\.activity\b|"Activity"/.test(text)) continue;
    const module = (await import(path.join(REPOSITORIES, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== 'function' || !Function.prototype.toString.call(value).startsWith('class '))
        continue;
      found[name] = Object.getOwnPropertyNames(value.prototype)
        .filter((method) => method !== 'constructor')
        .sort();
    }
  }
  return found;
}

const READS = Object.entries(INVENTORY).flatMap(([repository, methods]) =>
  Object.entries(methods).flatMap(([method, entry]) =>
    'reads' in entry ? [{ name: `${repository}.${method}`, read: entry.reads }] : [],
  ),
);

let f: Fixture;

async function addActivity(
  db: Database,
  values: {
    workspaceId: number;
    personId: number;
    organizationId?: number | null;
    typeId: number;
    responsibleId: number;
    creatorId?: number | null;
    isPrivate?: boolean;
    status?: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE';
    due: Date;
    completedAt?: Date | null;
    deletedAt?: Date | null;
    createdAt?: Date;
  },
): Promise<number> {
  const { due, ...rest } = values;
  const created = await db.prisma.activity.create({
    data: {
      subject: 'Visibility fixture',
      startAt: due,
      dueAt: due,
      createdAt: values.createdAt ?? daysFromNow(-1),
      updatedAt: values.createdAt ?? daysFromNow(-1),
      ...rest,
    },
  });
  await db.prisma.activityEvent.create({
    data: {
      workspaceId: values.workspaceId,
      activityId: created.id,
      kind: 'CREATED',
      createdAt: daysFromNow(-1),
    },
  });
  return created.id;
}

beforeAll(async () => {
  const db = await openTestDatabase();
  const workspace = await db.prisma.workspace.create({ data: { slackTeamId: 'TVIS', name: 'Visibility' } });
  const elsewhere = await db.prisma.workspace.create({ data: { slackTeamId: 'TOTHER', name: 'Elsewhere' } });
  const employee = (workspaceId: number, slackUserId: string) =>
    db.prisma.employee.create({ data: { workspaceId, slackUserId, name: slackUserId } });
  const [owner, other, stranger] = await Promise.all([
    employee(workspace.id, 'UOWNER'),
    employee(workspace.id, 'UOTHER'),
    employee(elsewhere.id, 'USTRANGER'),
  ]);
  const type = (workspaceId: number) =>
    db.prisma.activityType.create({ data: { workspaceId, nameEn: 'Meeting', nameSv: 'Möte', position: 0 } });
  const [meeting, theirMeeting] = await Promise.all([type(workspace.id), type(elsewhere.id)]);
  const organization = await db.prisma.organization.create({
    data: { workspaceId: workspace.id, name: 'Org' },
  });
  const person = await db.prisma.person.create({
    data: { workspaceId: workspace.id, name: 'Customer', organizationId: organization.id },
  });
  const theirPerson = await db.prisma.person.create({ data: { workspaceId: elsewhere.id, name: 'Theirs' } });
  const team = await db.prisma.team.create({ data: { workspaceId: workspace.id, name: 'Sales' } });
  await db.prisma.teamMember.createMany({
    data: [
      { teamId: team.id, employeeId: owner.id, isLead: false },
      { teamId: team.id, employeeId: other.id, isLead: true },
    ],
  });
  const about = {
    workspaceId: workspace.id,
    personId: person.id,
    organizationId: organization.id,
    typeId: meeting.id,
  };
  const privateIds = [
    // Upcoming, overdue and done yesterday: every read finds one it would show the owner.
    await addActivity(db, {
      ...about,
      responsibleId: owner.id,
      creatorId: other.id,
      isPrivate: true,
      due: daysFromNow(1),
    }),
    await addActivity(db, {
      ...about,
      responsibleId: owner.id,
      creatorId: other.id,
      isPrivate: true,
      due: daysFromNow(-2),
    }),
    await addActivity(db, {
      ...about,
      responsibleId: owner.id,
      creatorId: other.id,
      isPrivate: true,
      status: 'DONE',
      due: daysFromNow(-3),
      completedAt: daysFromNow(-1),
    }),
    // Deleted yesterday: only the trash shows it, and only to its responsible.
    await addActivity(db, {
      ...about,
      responsibleId: owner.id,
      isPrivate: true,
      due: daysFromNow(-1),
      deletedAt: daysFromNow(-1),
    }),
  ];
  const otherIds = [
    await addActivity(db, { ...about, responsibleId: other.id, due: daysFromNow(2) }),
    await addActivity(db, { ...about, responsibleId: owner.id, due: daysFromNow(-4) }),
    // Deleted: recently by the owner's colleague, long ago, and one made by the owner.
    await addActivity(db, {
      ...about,
      responsibleId: owner.id,
      creatorId: other.id,
      due: daysFromNow(-1),
      deletedAt: daysFromNow(-2),
    }),
    await addActivity(db, {
      ...about,
      responsibleId: other.id,
      due: daysFromNow(-50),
      deletedAt: daysFromNow(-40),
    }),
    await addActivity(db, {
      ...about,
      responsibleId: other.id,
      creatorId: owner.id,
      due: daysFromNow(-1),
      deletedAt: daysFromNow(-29),
    }),
    await addActivity(db, {
      workspaceId: elsewhere.id,
      personId: theirPerson.id,
      typeId: theirMeeting.id,
      responsibleId: stranger.id,
      due: daysFromNow(-1),
    }),
  ];
  f = {
    db,
    workspaceId: workspace.id,
    owner: owner.id,
    other: other.id,
    teamMembers: [owner.id, other.id],
    personId: person.id,
    organizationId: organization.id,
    privateIds,
    allIds: [...privateIds, ...otherIds],
  };
});

afterAll(async () => {
  await f?.db.drop();
});

const viewer = (employeeId: number, isAdmin = false): Viewer => ({
  workspaceId: f.workspaceId,
  employeeId,
  slackUserId: `U${employeeId}`,
  isAdmin,
  locale: 'en',
  timezone: 'UTC',
});

describe('activity visibility in every repository query (product §3.4)', () => {
  it('names every method of the repositories that touch activities, and nothing that is not there', async () => {
    const declared = Object.fromEntries(
      Object.entries(INVENTORY).map(([repository, methods]) => [repository, Object.keys(methods).sort()]),
    );
    expect(declared).toEqual(await discoverRepositoryMethods());
  });

  it.each(READS.map(({ name, read }) => [name, read] as const))(
    '%s keeps a private activity from everyone but its responsible',
    async (_name, read) => {
      const byOwner = await read(f, visibleTo({ workspaceId: f.workspaceId, employeeId: f.owner }));
      const byOther = await read(f, visibleTo({ workspaceId: f.workspaceId, employeeId: f.other }));
      if (typeof byOwner === 'number') {
        // Figures: the owner's private activities count for them and for nobody else.
        expect(byOwner).toBeGreaterThan(byOther as number);
      } else {
        expect(byOwner.filter((id) => f.privateIds.includes(id))).not.toEqual([]);
        expect((byOther as number[]).filter((id) => f.privateIds.includes(id))).toEqual([]);
      }
    },
  );

  it('keeps in a query exactly what the domain rule allows, in its Prisma and in its SQL form', async () => {
    const rows = await f.db.prisma.activity.findMany({
      select: {
        id: true,
        workspaceId: true,
        isPrivate: true,
        responsibleId: true,
        creatorId: true,
        deletedAt: true,
      },
    });
    const rules: [string, VisibilityRule][] = [
      ['owner', visibleTo(viewer(f.owner))],
      ['other', visibleTo(viewer(f.other))],
      ['nobody in particular', visibleTo({ workspaceId: f.workspaceId, employeeId: null })],
      ['owner, restorable', visibleOrRestorableTo(viewer(f.owner), NOW)],
      ['other, restorable', visibleOrRestorableTo(viewer(f.other), NOW)],
      ['admin, restorable', visibleOrRestorableTo(viewer(f.other, true), NOW)],
      ['other, even deleted', visibleEvenDeletedTo(viewer(f.other))],
      ['figures', countedIn(f.workspaceId)],
      ['data subject', everythingAbout(f.workspaceId)],
    ];
    const all = rows.map((row) => row.id);
    for (const [name, rule] of rules) {
      const expected = rows
        .filter((row) => allows(rule, row))
        .map((row) => row.id)
        .sort((a, b) => a - b);
      const viaPrisma = ids(await activities(f).findMany(rule, all)).sort((a, b) => a - b);
      const viaSql = (
        await f.db.prisma.$queryRaw<
          { id: number }[]
        >`SELECT a.id FROM "Activity" a WHERE ${visibilitySql(rule)}`
      )
        .map((row) => row.id)
        .sort((a, b) => a - b);
      expect({ name, viaPrisma, viaSql }).toEqual({ name, viaPrisma: expected, viaSql: expected });
    }
  });
});
