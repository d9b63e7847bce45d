import type { KnownBlock } from '@slack/types';
import type { ActivityDetail } from '../../../domain/activities/get-activity';
import { formatDateTime } from '../format';
import type { SlackMessage } from '../help-view';
import { activityBlocks } from './activity-card';
import { historyLines } from './activity-history';
import { type ActivityViewContext, escapeWithin, fallbackText, mention, noticeBlock } from './activity-parts';

const SECTION_MAX = 3000;

/** Lines joined into as few sections as Slack's 3,000-character limit allows. */
function sections(heading: string, lines: string[]): KnownBlock[] {
  const chunks: string[] = [];
  let current = heading;
  for (const line of lines) {
    const next = `${current}\n${line}`;
    if (next.length > SECTION_MAX) {
      chunks.push(current);
      current = line.slice(0, SECTION_MAX);
    } else current = next;
  }
  chunks.push(current);
  return chunks.map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

/** `/activity show`: the card, the notes, who created and last changed it, and the history. */
export function activityDetail(
  ctx: ActivityViewContext,
  detail: ActivityDetail,
  notice?: string,
): SlackMessage {
  const { record } = detail;
  const d = ctx.m.activities.detail;
  const blocks: KnownBlock[] = notice ? [noticeBlock(notice)] : [];
  blocks.push(...activityBlocks(ctx, record, { s: 'detail' }));
  if (record.notes) {
    const title = `*${d.notes}*\n`;
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: title + escapeWithin(record.notes, SECTION_MAX - title.length) },
    });
  }
  const who = (ref: { slackUserId: string } | null) => (ref ? mention(ref.slackUserId) : d.someone);
  const facts = [d.created(formatDateTime(record.createdAt, ctx.viewer), who(record.creator))];
  if (record.updatedAt.getTime() !== record.createdAt.getTime())
    facts.push(d.updated(formatDateTime(record.updatedAt, ctx.viewer), who(record.updatedBy)));
  blocks.push(noticeBlock(facts.join('\n')));
  blocks.push({ type: 'divider' });
  const lines = historyLines(ctx, detail.history);
  const older = detail.historyTotal - detail.history.length;
  if (older > 0) lines.push(`_${d.olderHistory(older)}_`);
  blocks.push(...sections(`*${d.history}*`, lines));
  return { text: notice ? `${notice} ${fallbackText(ctx, record)}` : fallbackText(ctx, record), blocks };
}
