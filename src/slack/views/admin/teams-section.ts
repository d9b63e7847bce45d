import type { KnownBlock, SectionBlock } from '@slack/types';
import type { TeamWithMembers } from '../../../domain/teams/team';
import type { Messages } from '../../../i18n';
import { listPager } from './list-pager';
import { TEAM_ACTIONS, TEAM_MENU_PREFIX, teamMenuValue } from './team-ids';
import { teamSummary } from './team-summary';

/**
 * One block per team; 20 teams plus the activity types' 45 blocks stay well inside a
 * modal's 100 blocks. Beyond that the teams page.
 */
export const TEAMS_PER_PAGE = 20;

export function teamsPageCount(teamCount: number): number {
  return Math.max(1, Math.ceil(teamCount / TEAMS_PER_PAGE));
}

/** The "Teams" section of the admin modal: each team with its menu, and *Add team*. */
export function teamsSection(m: Messages, teams: TeamWithMembers[], requestedPage: number): KnownBlock[] {
  const t = m.teams;
  const pages = teamsPageCount(teams.length);
  const page = Math.min(Math.max(0, requestedPage), pages - 1);
  const first = page * TEAMS_PER_PAGE;
  const shown = teams.slice(first, first + TEAMS_PER_PAGE);
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: t.heading } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: t.intro }] },
    {
      type: 'actions',
      block_id: 'admin_teams_actions',
      elements: [{ type: 'button', action_id: TEAM_ACTIONS.add, text: { type: 'plain_text', text: t.add } }],
    },
  ];
  if (teams.length === 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: t.none }] });
  blocks.push(...shown.map((team) => teamBlock(m, team)));
  if (pages > 1)
    blocks.push(
      ...listPager(
        m.teams,
        { previous: TEAM_ACTIONS.previousPage, next: TEAM_ACTIONS.nextPage, block: 'admin_teams_pager' },
        { page, pages, first, shown: shown.length, total: teams.length },
      ),
    );
  return blocks;
}

/** The page actually shown for a requested one (a page past the end shows the last). */
export function shownTeamsPage(teamCount: number, requestedPage: number): number {
  return Math.min(Math.max(0, requestedPage), teamsPageCount(teamCount) - 1);
}

function teamBlock(m: Messages, team: TeamWithMembers): SectionBlock {
  return {
    type: 'section',
    block_id: `admin_team:${team.id}`,
    text: { type: 'mrkdwn', text: teamSummary(m, team) },
    accessory: {
      type: 'overflow',
      action_id: `${TEAM_MENU_PREFIX}${team.id}`,
      options: [
        { text: { type: 'plain_text', text: m.teams.menu.edit }, value: teamMenuValue('edit', team.id) },
        { text: { type: 'plain_text', text: m.teams.menu.delete }, value: teamMenuValue('delete', team.id) },
      ],
    },
  };
}
