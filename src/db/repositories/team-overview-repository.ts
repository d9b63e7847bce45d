import type { VisibilityRule } from '../../domain/activities/activity-visibility';
import type { MemberLoad, TeamOverview } from '../../domain/teams/team-ports';
import type { PrismaClient } from '../../generated/prisma/client';
import { visibilitySql } from './visibility-filter';

/** How much each member of the teams someone leads has open: counts only, so private activities count without showing. */
export class TeamOverviewRepository implements TeamOverview {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * One row per member of every team `leadId` leads, teams and members in name order; one round
   * trip. Unfinished is named as its two statuses, so each member's open activities are found in
   * the (workspace, responsible, status, due) index instead of every activity they ever had.
   */
  async membersLedBy(rule: VisibilityRule, leadId: number, now: Date): Promise<MemberLoad[]> {
    const workspaceId = rule.workspaceId;
    const rows = await this.prisma.$queryRaw<MemberLoad[]>`
      SELECT t.id AS "teamId", t.name AS "teamName", e.id AS "employeeId", e."slackUserId", e.name,
             COUNT(a.id)::int AS unfinished,
             COUNT(a.id) FILTER (WHERE a."dueAt" < ${now})::int AS overdue
        FROM "TeamMember" lead
        JOIN "Team" t ON t.id = lead."teamId" AND t."workspaceId" = ${workspaceId}
        JOIN "TeamMember" tm ON tm."teamId" = t.id
        JOIN "Employee" e ON e.id = tm."employeeId" AND NOT e."isDeleted"
        LEFT JOIN "Activity" a
               ON a."responsibleId" = e.id AND a.status IN ('NOT_STARTED', 'IN_PROGRESS') AND ${visibilitySql(rule)}
       WHERE lead."employeeId" = ${leadId} AND lead."isLead"
       GROUP BY t.id, t.name, e.id, e."slackUserId", e.name
       ORDER BY lower(t.name), t.id, lower(e.name), e.id`;
    return rows;
  }
}
