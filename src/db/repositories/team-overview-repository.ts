import type { VisibilityRule } from '../../domain/activities/activity-visibility';
import type { MemberLoad, TeamOverview } from '../../domain/teams/team-ports';
import type { PrismaClient } from '../../generated/prisma/client';
import { unfinishedSql } from './unfinished-sql';
import { visibilitySql } from './visibility-filter';

/** How much each member of the teams someone leads has open: counts only, so private activities count without showing. */
export class TeamOverviewRepository implements TeamOverview {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * One row per member of every team `leadId` leads, teams and members in name order; one round
   * trip. Each member's unfinished activities are counted on their own (LATERAL) from the partial
   * index of unfinished, undeleted activities (migration team_overview_open_index), without
   * visiting their rows once vacuum has marked the pages: a lead of 11 members with 15,000 open
   * activities, PostgreSQL, 32 ms → 2 ms. The smaller join also plans quicker (PGlite about 0.9 ms
   * instead of 1.4, also for someone who leads no team).
   */
  async membersLedBy(rule: VisibilityRule, leadId: number, now: Date): Promise<MemberLoad[]> {
    const workspaceId = rule.workspaceId;
    const rows = await this.prisma.$queryRaw<MemberLoad[]>`
      SELECT t.id AS "teamId", t.name AS "teamName", e.id AS "employeeId", e."slackUserId", e.name,
             n.unfinished, n.overdue
        FROM "TeamMember" lead
        JOIN "Team" t ON t.id = lead."teamId" AND t."workspaceId" = ${workspaceId}
        JOIN "TeamMember" tm ON tm."teamId" = t.id
        JOIN "Employee" e ON e.id = tm."employeeId" AND NOT e."isDeleted"
        CROSS JOIN LATERAL (
          SELECT COUNT(*)::int AS unfinished, COUNT(*) FILTER (WHERE a."dueAt" < ${now})::int AS overdue
            FROM "Activity" a
           WHERE a."responsibleId" = e.id AND ${unfinishedSql} AND ${visibilitySql(rule)}
        ) n
       WHERE lead."employeeId" = ${leadId} AND lead."isLead"
       ORDER BY lower(t.name), t.id, lower(e.name), e.id`;
    return rows;
  }
}
