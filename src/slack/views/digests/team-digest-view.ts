import type { HeaderBlock, KnownBlock, SectionBlock } from '@slack/types';
import { nameIn } from '../../../domain/activity-types/type-names';
import type { TeamDigest, TeamDigestItem } from '../../../domain/teams/team-digest';
import type { Messages } from '../../../i18n';
import { formatDate } from '../format';
import { escapeMrkdwn } from '../mrkdwn';

// Slack's limits (SLACK-NOTES): 50 blocks per message, 3000 characters per section text,
// 150 per header. The members table gets a bounded share of the blocks.
const TEXT_MAX = 3000;
const HEADER_MAX = 150;
const MEMBER_BLOCKS_MAX = 8;
// Subjects (150) and type names (60) are short already; person names are not limited.
const PERSON_NAME_MAX = 100;

/**
 * The team's channel digest (product §5.3). It has no buttons: one message is read by the
 * whole channel and must not depend on who looks. Private activities appear only as
 * "private activity" with their responsible; what users typed is escaped.
 */
export function teamDigestMessage(m: Messages, digest: TeamDigest): { text: string; blocks: KnownBlock[] } {
  const d = m.teams.digest;
  const date = longDate(m, digest.localDate);
  const blocks: KnownBlock[] = [
    header(d.header(digest.teamName, date)),
    ...memberBlocks(m, digest),
    { type: 'divider' },
    ...sections(d.loggedHeading, loggedLines(m, digest)),
    { type: 'divider' },
    ...sections(
      d.oldestHeading,
      digest.oldestOverdue.length > 0
        ? digest.oldestOverdue.map((item) => itemLine(m, digest, item))
        : [d.noneOverdue],
    ),
    { type: 'divider' },
    ...sections(d.escalatedHeading(digest.escalationDays), escalatedLines(m, digest)),
  ];
  // The fallback text is mrkdwn too, and it is what notifications show: a team named
  // "<!channel>" must not ping the channel every morning.
  return { text: d.fallback(escapeMrkdwn(digest.teamName), date), blocks };
}

function longDate(m: Messages, localDate: string): string {
  const noon = new Date(`${localDate}T12:00:00Z`);
  const weekday = m.teams.weekdays[(noon.getUTCDay() + 6) % 7] ?? '';
  return `${weekday} ${formatDate(noon, { locale: m.teams.digest.locale, timezone: 'UTC' })}`;
}

function header(text: string): HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: cut(text, HEADER_MAX) } };
}

function memberBlocks(m: Messages, digest: TeamDigest): KnownBlock[] {
  const d = m.teams.digest;
  if (digest.members.length === 0) return sections(d.membersHeading, [d.noMembers]);
  const lines = digest.members.map((member) =>
    d.memberLine(`<@${member.slackUserId}>`, {
      unfinished: member.unfinished,
      overdue: member.overdue,
      completed: member.completedYesterday,
    }),
  );
  const blocks = sections(d.membersHeading, lines);
  if (blocks.length <= MEMBER_BLOCKS_MAX) return blocks;
  // Count the members the kept blocks show, and say how many are left out.
  const kept = blocks.slice(0, MEMBER_BLOCKS_MAX - 1);
  const shown = kept.reduce((sum, block) => sum + sectionText(block).split('\n').length, 0) - 1;
  return [...kept, section(d.moreMembers(digest.members.length - shown))];
}

function loggedLines(m: Messages, digest: TeamDigest): string[] {
  const d = m.teams.digest;
  if (digest.loggedYesterdayByType.length === 0) return [d.nothingLogged];
  // One line per type: a workspace may have many types, and sections split between lines.
  return digest.loggedYesterdayByType.map((entry) =>
    d.logged(escapeMrkdwn(nameIn(entry.typeNames, m.locale)), entry.count),
  );
}

function escalatedLines(m: Messages, digest: TeamDigest): string[] {
  const d = m.teams.digest;
  if (digest.escalated.length === 0) return [d.noneEscalated];
  const lines = digest.escalated.map((item) => itemLine(m, digest, item));
  const left = digest.escalatedTotal - digest.escalated.length;
  if (left > 0) lines.push(d.more(left));
  return lines;
}

/** "#12 Meeting: Contract talk (Anna Berg) · responsible @sam · due 2 Mar 2026 · 4 working days overdue". */
function itemLine(m: Messages, digest: TeamDigest, item: TeamDigestItem): string {
  const d = m.teams.digest;
  const what =
    item.subject === null || item.isPrivate
      ? d.privateActivity
      : `*${escapeMrkdwn(nameIn(item.typeNames, m.locale))}*: ${escapeMrkdwn(item.subject)}${
          item.personName ? ` (${escapeMrkdwn(cut(item.personName, PERSON_NAME_MAX))})` : ''
        }`;
  const due = formatDate(item.dueAt, { locale: d.locale, timezone: digest.timezone });
  return [
    `#${item.activityId} ${what}`,
    d.responsible(`<@${item.responsibleSlackUserId}>`),
    d.due(due),
    d.overdueDays(item.overdueWorkingDays),
  ].join(' · ');
}

/** Cuts before escaping, so an entity such as &amp; is never cut in half. */
function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A heading line and the lines under it, split into as many sections as 3000 characters need. */
function sections(heading: string, lines: string[]): SectionBlock[] {
  const blocks: SectionBlock[] = [];
  let current = heading;
  for (const line of lines) {
    if (current.length + 1 + line.length > TEXT_MAX) {
      blocks.push(section(current));
      current = line;
    } else {
      current = `${current}\n${line}`;
    }
  }
  blocks.push(section(current));
  return blocks;
}

function section(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function sectionText(block: KnownBlock): string {
  return block.type === 'section' ? (block.text?.text ?? '') : '';
}
