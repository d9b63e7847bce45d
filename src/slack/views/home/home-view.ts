import type { ActionsBlock, HomeView, KnownBlock } from '@slack/types';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import type { HomeGroup } from '../../../domain/activities/home-activities';
import { SNOOZE_CHOICES } from '../../../domain/activities/snooze-activity';
import type { LedTeam } from '../../../domain/teams/team-lead-overview';
import { type ActivityViewContext, noticeBlock } from '../activities/activity-parts';
import { activityGroupBlocks } from '../grouped-items';
import { noticeWithFollowUp } from '../reminders/reminder-message';
import { SETTINGS_OPEN } from '../settings/settings-modal';
import { HOME_ACTIONS, homeActionId } from './home-actions';
import { TEAM_SUMMARY_MAX_BLOCKS, teamLeadSummary } from './team-lead-summary';

/** Slack's limit for a Home tab. */
export const HOME_BLOCK_LIMIT = 100;
/** Each activity takes a summary and a row of buttons. */
const BLOCKS_PER_ITEM = 2;

/** Home blocks other than items: title, buttons, notice, summary, divider, four group headings, "and N more". */
const FRAME_BLOCKS = 10;

/** As many activities as fit in a Home tab whatever else it shows. */
export const HOME_ITEMS_MAX = Math.floor((HOME_BLOCK_LIMIT - FRAME_BLOCKS) / BLOCKS_PER_ITEM);
/** As many as fit next to a team lead's summary. */
const LEAD_ITEMS_MAX = Math.floor(
  (HOME_BLOCK_LIMIT - FRAME_BLOCKS - TEAM_SUMMARY_MAX_BLOCKS) / BLOCKS_PER_ITEM,
);

function itemButtons(ctx: ActivityViewContext, record: ActivityRecord): ActionsBlock {
  const card = ctx.m.activities.card;
  const home = ctx.m.home;
  const button = (action: 'done' | 'start' | 'edit', text: string, primary = false) => ({
    type: 'button' as const,
    action_id: homeActionId(action, record.id),
    text: { type: 'plain_text' as const, text, emoji: true },
    value: String(record.id),
    ...(primary ? { style: 'primary' as const } : {}),
  });
  const snoozeLabels = { tomorrow: home.snoozeTomorrow, next_week: home.snoozeNextWeek };
  return {
    type: 'actions',
    block_id: `home_item:${record.id}`,
    elements: [
      button('done', card.doneNow, true),
      ...(record.status === 'NOT_STARTED' ? [button('start', card.start)] : []),
      button('edit', card.edit),
      {
        type: 'overflow',
        action_id: homeActionId('snooze', record.id),
        options: SNOOZE_CHOICES.map((choice) => ({
          text: { type: 'plain_text' as const, text: snoozeLabels[choice], emoji: true },
          value: choice,
        })),
      },
    ],
  };
}

/**
 * App Home (product §4): *Log activity* and *Settings*, a team lead's summary of their
 * teams, then the viewer's unfinished activities by group with a count each,
 * soonest due first. What does not fit in Slack's 100 blocks is counted in one
 * line pointing to `/activity list`.
 */
export function homeView(
  ctx: ActivityViewContext,
  groups: HomeGroup[],
  {
    notice,
    ledTeams = [],
    completed,
  }: {
    /** What was just done, on top. */
    notice?: string;
    /** The teams the viewer leads, summarised above their own activities. */
    ledTeams?: LedTeam[];
    /** The activity the notice says was just completed: *Plan follow-up* beside it (product §5.5). */
    completed?: ActivityRecord;
  } = {},
): HomeView {
  const m = ctx.m.home;
  const blocks: KnownBlock[] = [
    { type: 'header', block_id: 'home_title', text: { type: 'plain_text', text: m.title, emoji: true } },
    {
      type: 'actions',
      block_id: 'home_header',
      elements: [
        {
          type: 'button',
          action_id: HOME_ACTIONS.log,
          text: { type: 'plain_text', text: m.logActivity, emoji: true },
          style: 'primary',
        },
        {
          type: 'button',
          action_id: SETTINGS_OPEN,
          text: { type: 'plain_text', text: m.settings, emoji: true },
        },
      ],
    },
  ];
  if (notice && completed?.status === 'DONE')
    blocks.push(
      noticeWithFollowUp(ctx, {
        text: notice,
        record: completed,
        where: { s: 'card' },
        blockId: 'home_notice',
      }),
    );
  else if (notice) blocks.push({ ...noticeBlock(notice), block_id: 'home_notice' });
  blocks.push(...teamLeadSummary(ctx.m, ledTeams));
  const shownGroups = groups.filter((group) => group.count > 0);
  if (shownGroups.length === 0) {
    blocks.push({ type: 'section', block_id: 'home_empty', text: { type: 'mrkdwn', text: m.nothingOpen } });
    return { type: 'home', blocks };
  }
  const counts = shownGroups.map((group) => `${m.groups[group.key]} ${group.count}`).join(' · ');
  blocks.push(
    { ...noticeBlock(m.summary(counts)), block_id: 'home_counts' },
    { type: 'divider', block_id: 'home_divider' },
  );
  const { blocks: groupBlocks, hidden } = activityGroupBlocks(ctx, shownGroups, {
    room: ledTeams.length > 0 ? LEAD_ITEMS_MAX : HOME_ITEMS_MAX,
    blockIds: { group: 'home_group', item: 'home_summary' },
    groupNames: m.groups,
    buttons: (record) => itemButtons(ctx, record),
  });
  blocks.push(...groupBlocks);
  if (hidden > 0) blocks.push({ ...noticeBlock(m.more(hidden)), block_id: 'home_more' });
  return { type: 'home', blocks };
}
