import type { KnownBlock, SectionBlock } from '@slack/types';
import { ACTIVITY_STATUSES } from '../../../domain/activities/activity-record';
import type { Audience } from '../../../domain/stats/stats-audience';
import type { StatsReport } from '../../../domain/stats/stats-report';
import type { Locale, Messages } from '../../../i18n';
import type { SlackMessage } from '../help-view';
import { escapeMrkdwn } from '../mrkdwn';
import { comparedCount, comparedDuration, comparedRate, count } from './figure-format';
import { periodLabel } from './period-label';

/** Up to this many responsibles the answer stays ephemeral; more go to a DM (product §6: "DM when long"). */
export const INLINE_RESPONSIBLES = 10;
/** A DM lists this many, then points to the export. */
const MAX_RESPONSIBLES = 100;
const SECTION_CHARS = 2900;
const TYPE_CHARS = 20;

export interface StatsView {
  m: Messages;
  locale: Locale;
  /** Posted for a whole conversation by this Slack user (`share`): "your" becomes theirs. */
  sharedBy?: string;
}

/** Who the figures are about, in words; user-typed names escaped. */
export function audienceLabel(report: Pick<StatsReport, 'audience' | 'typeFilter'>, m: Messages): string {
  const a: Audience = report.audience;
  const who =
    a.kind === 'everyone'
      ? m.stats.audience.everyone
      : a.kind === 'own'
        ? m.stats.audience.own
        : a.kind === 'teams'
          ? m.stats.audience.teams
          : a.kind === 'team'
            ? m.stats.audience.team(a.name)
            : m.stats.audience.user(a.name);
  return report.typeFilter ? `${who} · ${m.stats.audience.type(report.typeFilter.name)}` : who;
}

/** The audience as mrkdwn: user-typed names escaped; in a shared post "your" names the requester. */
function audienceText(report: StatsReport, { m, sharedBy }: StatsView): string {
  const mine = report.audience.kind === 'own' || report.audience.kind === 'teams';
  if (!sharedBy || !mine) return escapeMrkdwn(audienceLabel(report, m));
  const mention = `<@${sharedBy}>`;
  const who =
    report.audience.kind === 'own' ? m.stats.audience.user(mention) : m.stats.audience.teamsOf(mention);
  return report.typeFilter ? `${who} · ${escapeMrkdwn(m.stats.audience.type(report.typeFilter.name))}` : who;
}

export function isEmpty(report: StatsReport): boolean {
  return report.activities.current === 0 && report.created.current === 0 && report.completed.current === 0;
}

export function isLong(report: StatsReport): boolean {
  return report.byResponsible.length > INLINE_RESPONSIBLES;
}

function field(label: string, value: string) {
  return { type: 'mrkdwn' as const, text: `*${label}*\n${value}` };
}

/** Sections of at most SECTION_CHARS, one line never split. */
function linesToSections(heading: string, lines: string[]): SectionBlock[] {
  const sections: SectionBlock[] = [];
  let current = `*${heading}*`;
  for (const line of lines) {
    if (current.length + line.length + 1 > SECTION_CHARS) {
      sections.push({ type: 'section', text: { type: 'mrkdwn', text: current } });
      current = line;
    } else current = `${current}\n${line}`;
  }
  sections.push({ type: 'section', text: { type: 'mrkdwn', text: current } });
  return sections;
}

function clip(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, chars - 1)}…`;
}

/** Type × status as a monospaced table (Block Kit has no tables in messages). */
function typeTable(report: StatsReport, { m, locale }: StatsView): string {
  const headings = [m.stats.typeColumn, ...ACTIVITY_STATUSES.map((s) => m.status[s]), m.stats.totalColumn];
  const rows = report.byType.map((row) => [
    clip(row.name, TYPE_CHARS),
    ...ACTIVITY_STATUSES.map((s) => count(row.byStatus[s], locale)),
    count(row.total.current, locale),
  ]);
  rows.push([
    m.stats.total,
    ...ACTIVITY_STATUSES.map((s) => count(report.byStatus[s].current, locale)),
    count(report.activities.current, locale),
  ]);
  const table = [headings, ...rows];
  const widths = headings.map((_, c) => Math.max(...table.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return `*${m.stats.byType}*\n\`\`\`${escapeMrkdwn(table.map(line).join('\n'))}\`\`\``;
}

/**
 * The answer to `/activity stats` (product §6): the figures against the previous
 * period, type × status, and per responsible. Counts only — no activity's
 * subject, person or notes, so private ones are counted and never named.
 */
export function statsMessage(report: StatsReport, view: StatsView, limit = MAX_RESPONSIBLES): SlackMessage {
  const { m, locale } = view;
  const period = periodLabel(report.period.unit, report.period, { m, locale });
  const previous = periodLabel(report.period.unit, report.period.previous, { m, locale });
  const who = audienceText(report, view);
  const byStart = view.sharedBy ? m.stats.byStartShared(`<@${view.sharedBy}>`) : m.stats.byStart;
  const title = m.stats.title(period);
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(title, 150), emoji: true } },
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `${who} · ${m.stats.comparedWith(previous)}. ${byStart}` }],
    },
  ];
  if (view.sharedBy) {
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: m.stats.sharedBy(`<@${view.sharedBy}>`) }],
    });
  }
  if (isEmpty(report)) {
    const text = `${m.stats.noData(period)} ${m.stats.previousHad(previous, report.activities.previous)}`;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
    return { text: `${title}: ${m.stats.noData(period)}`, blocks };
  }
  const f = m.stats.figures;
  blocks.push({
    type: 'section',
    fields: [
      field(f.activities, comparedCount(report.activities, m, locale)),
      field(f.completionRate, comparedRate(report.completionRate, m, locale)),
      field(f.created, comparedCount(report.created, m, locale)),
      field(f.completed, comparedCount(report.completed, m, locale)),
      field(f.overdueNow, comparedCount(report.overdueNow, m, locale)),
      field(f.medianUntilDone, comparedDuration(report.medianUntilDone, m, locale)),
      field(f.p90UntilDone, comparedDuration(report.p90UntilDone, m, locale)),
    ],
  });
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: typeTable(report, view) } });
  if (report.byResponsible.length > 0) {
    const shown = report.byResponsible.slice(0, limit);
    const lines = shown.map((r) =>
      m.stats.responsibleLine(escapeMrkdwn(r.name), {
        total: comparedCount(r.total, m, locale),
        done: r.done,
        overdue: r.overdue,
      }),
    );
    const more = report.byResponsible.length - shown.length;
    if (more > 0) lines.push(m.stats.moreResponsibles(more));
    blocks.push(...linesToSections(m.stats.byResponsible, lines));
  }
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: m.stats.privateNote }] });
  return {
    text: `${title}: ${f.activities} ${comparedCount(report.activities, m, locale)}`,
    blocks,
  };
}

/** The figures posted in a conversation on someone's request (`share`), saying who shared them. */
export function sharedStatsMessage(report: StatsReport, view: StatsView, slackUserId: string): SlackMessage {
  return statsMessage(report, { ...view, sharedBy: slackUserId });
}

/** The figures with a line of ours under them (e.g. where the chart went). */
export function withNote(message: SlackMessage, note: string): SlackMessage {
  return {
    ...message,
    blocks: [...(message.blocks ?? []), { type: 'context', elements: [{ type: 'mrkdwn', text: note }] }],
  };
}
