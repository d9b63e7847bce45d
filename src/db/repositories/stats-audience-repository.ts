import type { StatsTeam, StatsTeams } from '../../domain/stats/stats-ports';
import type { PrismaClient } from '../../generated/prisma/client';

/** Teams as statistics need them (product §6): who a lead may see, and what `#team` names. */
export class StatsAudienceRepository implements StatsTeams {
  constructor(private readonly prisma: PrismaClient) {}

  /** The teams `employeeId` leads, with their members. */
  async teamsLedBy(workspaceId: number, employeeId: number): Promise<StatsTeam[]> {
    const teams = await this.prisma.team.findMany({
      where: { workspaceId, members: { some: { employeeId, isLead: true } } },
      select: { id: true, name: true, members: { select: { employeeId: true, isLead: true } } },
      orderBy: { name: 'asc' },
    });
    return teams.map(toTeam);
  }

  /** Every team of the workspace with its members (few; names are matched leniently by the caller). */
  async teams(workspaceId: number): Promise<StatsTeam[]> {
    const teams = await this.prisma.team.findMany({
      where: { workspaceId },
      select: { id: true, name: true, members: { select: { employeeId: true, isLead: true } } },
      orderBy: { name: 'asc' },
    });
    return teams.map(toTeam);
  }

  /** Teams whose digest goes to this channel. */
  async teamsByChannel(workspaceId: number, channelId: string): Promise<StatsTeam[]> {
    const teams = await this.prisma.team.findMany({
      where: { workspaceId, channelId },
      select: { id: true, name: true, members: { select: { employeeId: true, isLead: true } } },
      orderBy: { name: 'asc' },
    });
    return teams.map(toTeam);
  }
}

function toTeam(team: {
  id: number;
  name: string;
  members: { employeeId: number; isLead: boolean }[];
}): StatsTeam {
  return {
    id: team.id,
    name: team.name,
    memberIds: team.members.map((m) => m.employeeId),
    leadIds: team.members.filter((m) => m.isLead).map((m) => m.employeeId),
  };
}
