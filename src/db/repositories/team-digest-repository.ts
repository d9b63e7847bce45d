import { type TypeNames, typeNames } from '../../domain/activity-types/type-names';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';

export interface DigestTeam {
  id: number;
  workspaceId: number;
  name: string;
  channelId: string | null;
  escalationDays: number;
  /** Leads included, in name order. */
  members: { employeeId: number; slackUserId: string; name: string }[];
}

export interface MemberCount {
  employeeId: number;
  count: number;
}

/** An overdue activity as the channel digest may show it; the domain blanks private details. */
export interface OverdueRow {
  id: number;
  dueAt: Date;
  subject: string;
  isPrivate: boolean;
  typeNames: TypeNames;
  personName: string;
  responsibleSlackUserId: string;
}

/** Half-open time window [from, to). */
export interface Window {
  from: Date;
  to: Date;
}

const OVERDUE_SELECT = {
  id: true,
  dueAt: true,
  subject: true,
  isPrivate: true,
  type: { select: { nameEn: true, nameSv: true } },
  person: { select: { name: true } },
  responsible: { select: { slackUserId: true } },
} satisfies Prisma.ActivitySelect;

type OverdueSelected = Prisma.ActivityGetPayload<{ select: typeof OVERDUE_SELECT }>;

function overdueRow(row: OverdueSelected): OverdueRow {
  return {
    id: row.id,
    dueAt: row.dueAt,
    subject: row.subject,
    isPrivate: row.isPrivate,
    typeNames: typeNames(row.type),
    personName: row.person.name,
    responsibleSlackUserId: row.responsible.slackUserId,
  };
}

/**
 * The numbers of one team's channel digest (SPEC 5.3). Every method is one set-based
 * query over the members' activities; activities are never loaded to be counted.
 * Deleted activities never count.
 */
export class TeamDigestRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async team(teamId: number): Promise<DigestTeam | null> {
    const team = await this.prisma.team.findUnique({
      where: { id: teamId },
      include: { members: { include: { employee: { select: { slackUserId: true, name: true } } } } },
    });
    if (!team) return null;
    const members = team.members
      .map((member) => ({
        employeeId: member.employeeId,
        slackUserId: member.employee.slackUserId,
        name: member.employee.name || member.employee.slackUserId,
      }))
      .sort(
        (a, b) =>
          a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.employeeId - b.employeeId,
      );
    return {
      id: team.id,
      workspaceId: team.workspaceId,
      name: team.name,
      channelId: team.channelId,
      escalationDays: team.escalationDays,
      members,
    };
  }

  /** Unfinished activities per responsible; with `dueBefore`, only those due before it (overdue). */
  unfinishedPerMember(workspaceId: number, memberIds: number[], dueBefore?: Date): Promise<MemberCount[]> {
    return this.countPerMember(memberIds, {
      ...this.members(workspaceId, memberIds),
      status: { not: 'DONE' },
      ...(dueBefore ? { dueAt: { lt: dueBefore } } : {}),
    });
  }

  completedPerMember(workspaceId: number, memberIds: number[], window: Window): Promise<MemberCount[]> {
    return this.countPerMember(memberIds, {
      ...this.members(workspaceId, memberIds),
      status: 'DONE',
      completedAt: { gte: window.from, lt: window.to },
    });
  }

  /** Activities the members are responsible for that were logged (created) in the window, per type. */
  async loggedPerType(
    workspaceId: number,
    memberIds: number[],
    window: Window,
  ): Promise<{ typeNames: TypeNames; count: number }[]> {
    if (memberIds.length === 0) return [];
    const groups = await this.prisma.activity.groupBy({
      by: ['typeId'],
      where: { ...this.members(workspaceId, memberIds), createdAt: { gte: window.from, lt: window.to } },
      _count: { _all: true },
    });
    if (groups.length === 0) return [];
    const types = await this.prisma.activityType.findMany({
      where: { id: { in: groups.map((group) => group.typeId) } },
      select: { id: true, nameEn: true, nameSv: true, position: true },
    });
    const byId = new Map(types.map((type) => [type.id, type]));
    return groups
      .map((group) => {
        const type = byId.get(group.typeId);
        return {
          typeNames: type ? typeNames(type) : { en: '', sv: '' },
          position: type?.position ?? 0,
          count: group._count._all,
        };
      })
      .sort((a, b) => b.count - a.count || a.position - b.position)
      .map(({ typeNames, count }) => ({ typeNames, count }));
  }

  /** The `limit` unfinished activities due longest before `dueBefore`, oldest first, and how many there are. */
  async overdue(
    workspaceId: number,
    memberIds: number[],
    dueBefore: Date,
    limit: number,
  ): Promise<{ rows: OverdueRow[]; total: number }> {
    if (memberIds.length === 0) return { rows: [], total: 0 };
    const where: Prisma.ActivityWhereInput = {
      ...this.members(workspaceId, memberIds),
      status: { not: 'DONE' },
      dueAt: { lt: dueBefore },
    };
    const [rows, total] = await Promise.all([
      this.prisma.activity.findMany({
        where,
        select: OVERDUE_SELECT,
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
        take: limit,
      }),
      this.prisma.activity.count({ where }),
    ]);
    return { rows: rows.map(overdueRow), total };
  }

  private members(workspaceId: number, memberIds: number[]): Prisma.ActivityWhereInput {
    return { workspaceId, responsibleId: { in: memberIds }, deletedAt: null };
  }

  private async countPerMember(
    memberIds: number[],
    where: Prisma.ActivityWhereInput,
  ): Promise<MemberCount[]> {
    if (memberIds.length === 0) return [];
    const groups = await this.prisma.activity.groupBy({
      by: ['responsibleId'],
      where,
      _count: { _all: true },
    });
    return groups.map((group) => ({ employeeId: group.responsibleId, count: group._count._all }));
  }
}
