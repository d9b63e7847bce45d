import type { KnownBlock } from '@slack/types';
import type { LedTeam } from '../../../domain/teams/team-lead-overview';
import type { Messages } from '../../../i18n';
import { clip, mention, noticeBlock } from '../activities/activity-parts';
import { escapeMrkdwn } from '../mrkdwn';

/** Teams shown in full; a lead of more sees a count of the rest. */
const TEAMS_SHOWN = 4;
/** Room left in a section's 3000 characters after the team name and the "and N more" line. */
const TEXT_BUDGET = 2700;

function teamText(m: Messages, team: LedTeam): string {
  const name = `*${escapeMrkdwn(clip(team.name, 100))}*`;
  if (team.members.length === 0) return `${name}\n${m.home.noMembers}`;
  const lines = [name];
  let used = name.length;
  for (const [index, member] of team.members.entries()) {
    const line = m.home.memberLoad(mention(member.slackUserId), member.unfinished, member.overdue);
    if (used + line.length + 1 > TEXT_BUDGET) {
      lines.push(m.home.moreMembers(team.members.length - index));
      break;
    }
    lines.push(line);
    used += line.length + 1;
  }
  return lines.join('\n');
}

/**
 * A lead's view of their teams on App Home: per member, unfinished and overdue.
 * Counts only, so private activities count without anything about them showing.
 * Returns no blocks for someone who leads no team.
 */
export function teamLeadSummary(m: Messages, teams: LedTeam[]): KnownBlock[] {
  if (teams.length === 0) return [];
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      block_id: 'home_teams',
      text: { type: 'mrkdwn', text: `*${m.home.teamsHeading}*` },
    },
  ];
  for (const team of teams.slice(0, TEAMS_SHOWN)) {
    blocks.push({
      type: 'section',
      block_id: `home_team:${team.teamId}`,
      text: { type: 'mrkdwn', text: teamText(m, team) },
    });
  }
  if (teams.length > TEAMS_SHOWN) {
    blocks.push({
      ...noticeBlock(m.home.moreTeams(teams.length - TEAMS_SHOWN)),
      block_id: 'home_teams_more',
    });
  }
  blocks.push({ type: 'divider', block_id: 'home_teams_divider' });
  return blocks;
}

/** The most blocks `teamLeadSummary` ever returns. */
export const TEAM_SUMMARY_MAX_BLOCKS = TEAMS_SHOWN + 3;
