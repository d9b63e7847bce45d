import type { VisibilityRule } from '../../domain/activities/activity-visibility';
import { type TypeNames, typeNames } from '../../domain/activity-types/type-names';
import type {
  DigestTeam,
  MemberCount,
  OverdueRow,
  TeamDigestFigures,
  Window,
} from '../../domain/teams/team-ports';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { visibilityWhere } from './visibility-filter';

const OVERDUE_SELECT = {
  id: true,
  dueAt: true,
  subject: true,
  isPrivate: true,
  responsibleId: true,
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
    responsibleId: row.responsibleId,
    typeNames: typeNames(row.type),
    personName: row.person.name,
    responsibleSlackUserId: row.responsible.slackUserId,
  };
}

/**
 * The numbers of one team's channel digest (product §5.3). Every method is one set-based
 * query over the members' activities that the rule keeps; activities are never
 * loaded to be counted.
 */
export class TeamDigestRepository implements TeamDigestFigures {
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
  unfinishedPerMember(rule: VisibilityRule, memberIds: number[], dueBefore?: Date): Promise<MemberCount[]> {
    return this.countPerMember(memberIds, {
      ...this.members(rule, memberIds),
      status: { not: 'DONE' },
      ...(dueBefore ? { dueAt: { lt: dueBefore } } : {}),
    });
  }

  completedPerMember(rule: VisibilityRule, memberIds: number[], window: Window): Promise<MemberCount[]> {
    return this.countPerMember(memberIds, {
      ...this.members(rule, memberIds),
      status: 'DONE',
      completedAt: { gte: window.from, lt: window.to },
    });
  }

  /** Activities the members are responsible for that were logged (created) in the window, per type. */
  async loggedPerType(
    rule: VisibilityRule,
    memberIds: number[],
    window: Window,
  ): Promise<{ typeNames: TypeNames; count: number }[]> {
    if (memberIds.length === 0) return [];
    const groups = await this.prisma.activity.groupBy({
      by: ['typeId'],
      where: { ...this.members(rule, memberIds), createdAt: { gte: window.from, lt: window.to } },
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
    rule: VisibilityRule,
    memberIds: number[],
    due: { before: Date; limit: number },
  ): Promise<{ rows: OverdueRow[]; total: number }> {
    if (memberIds.length === 0) return { rows: [], total: 0 };
    const where: Prisma.ActivityWhereInput = {
      ...this.members(rule, memberIds),
      status: { not: 'DONE' },
      dueAt: { lt: due.before },
    };
    const [rows, total] = await Promise.all([
      this.prisma.activity.findMany({
        where,
        select: OVERDUE_SELECT,
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
        take: due.limit,
      }),
      this.prisma.activity.count({ where }),
    ]);
    return { rows: rows.map(overdueRow), total };
  }

  private members(rule: VisibilityRule, memberIds: number[]): Prisma.ActivityWhereInput {
    return { ...visibilityWhere(rule), responsibleId: { in: memberIds } };
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
