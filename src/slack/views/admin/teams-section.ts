import type { KnownBlock } from '@slack/types';
import type { TeamWithMembers } from '../../../domain/teams/team';
import type { Messages } from '../../../i18n';
import { adminListSection, menuItemBlock } from './admin-list-section';
import { TEAM_LIST } from './team-ids';
import { teamSummary } from './team-summary';

/**
 * One block per team; 20 teams plus the activity types' 45 blocks stay well inside a
 * modal's 100 blocks. Beyond that the teams page.
 */
export const TEAMS_PER_PAGE = 20;

/** The "Teams" section of the admin modal: each team with its menu, and *Add team*. */
export function teamsSection(m: Messages, teams: TeamWithMembers[], requestedPage: number): KnownBlock[] {
  return adminListSection({
    words: m.teams,
    ids: TEAM_LIST,
    items: teams,
    perPage: TEAMS_PER_PAGE,
    page: requestedPage,
    block: (team) =>
      menuItemBlock(TEAM_LIST, {
        id: team.id,
        mrkdwn: teamSummary(m, team),
        menu: [
          ['edit', m.teams.menu.edit],
          ['delete', m.teams.menu.delete],
        ],
      }),
  });
}
