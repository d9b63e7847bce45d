import type { AuditEntry } from '../../domain/audit';
import type { Team, TeamWithMembers } from '../../domain/teams/team';
import type { TeamChangeSet, TeamFields, TeamMembership, Teams } from '../../domain/teams/team-ports';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { auditRow } from './audit-row';

// Any constant works as long as nothing else takes advisory locks in this class.
const TEAM_ADMIN_LOCK_CLASS = 'touchbase.team_admin';

const WITH_MEMBERS = {
  members: { include: { employee: { select: { slackUserId: true, name: true } } } },
} satisfies Prisma.TeamInclude;

type TeamRow = Prisma.TeamGetPayload<{ include: typeof WITH_MEMBERS }>;

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

function withMembers(row: TeamRow): TeamWithMembers {
  const { members, ...team } = row;
  return {
    ...team,
    members: members
      .map((member) => ({
        employeeId: member.employeeId,
        slackUserId: member.employee.slackUserId,
        name: member.employee.name || member.employee.slackUserId,
        isLead: member.isLead,
      }))
      .sort(byName),
  };
}

/** Teams for administration (product §5.3); the digest reads its numbers through TeamDigestRepository. */
export class TeamRepository implements Teams {
  constructor(private readonly prisma: PrismaClient) {}

  async listWithMembers(workspaceId: number): Promise<TeamWithMembers[]> {
    const rows = await this.prisma.team.findMany({ where: { workspaceId }, include: WITH_MEMBERS });
    return rows.map(withMembers).sort(byName);
  }

  async find(workspaceId: number, teamId: number): Promise<TeamWithMembers | null> {
    const row = await this.prisma.team.findFirst({
      where: { id: teamId, workspaceId },
      include: WITH_MEMBERS,
    });
    return row ? withMembers(row) : null;
  }

  /** Outside a change: to report every problem of a form at once; the change checks again under its lock. */
  nameClash(workspaceId: number, name: string, exceptTeamId?: number): Promise<string | null> {
    return nameClash(this.prisma, { workspaceId, name, exceptTeamId });
  }

  /**
   * Runs `work` in one transaction holding the workspace's team-admin lock, so two admins
   * naming teams at once cannot both take a name that differs only in case.
   */
  change<T>(workspaceId: number, work: (teams: TeamChangeSet) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${TEAM_ADMIN_LOCK_CLASS}), ${workspaceId}::int)`;
      return work(new LockedTeams(tx, workspaceId));
    });
  }
}

async function nameClash(
  db: Prisma.TransactionClient,
  { workspaceId, name, exceptTeamId }: { workspaceId: number; name: string; exceptTeamId?: number },
): Promise<string | null> {
  const clash = await db.team.findFirst({
    where: {
      workspaceId,
      name: { equals: name, mode: 'insensitive' },
      ...(exceptTeamId === undefined ? {} : { id: { not: exceptTeamId } }),
    },
    select: { name: true },
  });
  return clash?.name ?? null;
}

class LockedTeams implements TeamChangeSet {
  constructor(
    private readonly tx: Prisma.TransactionClient,
    private readonly workspaceId: number,
  ) {}

  async find(teamId: number): Promise<TeamWithMembers | null> {
    const row = await this.tx.team.findFirst({
      where: { id: teamId, workspaceId: this.workspaceId },
      include: WITH_MEMBERS,
    });
    return row ? withMembers(row) : null;
  }

  nameClash(name: string, exceptTeamId?: number): Promise<string | null> {
    return nameClash(this.tx, { workspaceId: this.workspaceId, name, exceptTeamId });
  }

  create(fields: TeamFields, members: TeamMembership[]): Promise<Team> {
    return this.tx.team.create({
      data: { workspaceId: this.workspaceId, ...fields, members: { create: members } },
    });
  }

  async update(teamId: number, fields: TeamFields, members: TeamMembership[]): Promise<Team> {
    await this.tx.teamMember.deleteMany({ where: { teamId } });
    return this.tx.team.update({
      where: { id: teamId, workspaceId: this.workspaceId },
      data: { ...fields, members: { create: members } },
    });
  }

  async delete(teamId: number): Promise<void> {
    await this.tx.team.delete({ where: { id: teamId, workspaceId: this.workspaceId } });
  }

  async audit(entry: AuditEntry): Promise<void> {
    await this.tx.auditLog.create({ data: auditRow(this.workspaceId, 'team', entry) });
  }
}
