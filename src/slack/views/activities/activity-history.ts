import type { FieldChange, HistoryEntry } from '../../../domain/activities/activity-record';
import { nameIn } from '../../../domain/activity-types/type-names';
import { formatDateTime } from '../format';
import { escapeMrkdwn } from '../mrkdwn';
import { leadLabel } from '../reminders/reminder-leads';
import { type ActivityViewContext, clip, mention } from './activity-parts';
import { ruleInWords } from './repeat-text';

type HistoryField = keyof ActivityViewContext['m']['activities']['fields'];

const VALUE_MAX = 200;

function isField(ctx: ActivityViewContext, field: string): field is HistoryField {
  return field in ctx.m.activities.fields;
}

/** A stored value as the viewer reads it: statuses named, times in their zone, people mentioned. */
function shown(ctx: ActivityViewContext, field: string, value: FieldChange['from']): string {
  const d = ctx.m.activities.detail;
  if (value === null || value === '') return d.empty;
  if (typeof value === 'boolean') return value ? d.yes : d.no;
  switch (field) {
    case 'status':
      return value in ctx.m.status ? ctx.m.status[value as keyof typeof ctx.m.status] : escapeMrkdwn(value);
    case 'start':
    case 'end': {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? escapeMrkdwn(value) : formatDateTime(date, ctx.viewer);
    }
    case 'responsible':
      return mention(value);
    case 'recurrence':
      return escapeMrkdwn(ruleInWords(ctx, value, ctx.now));
    case 'reminder':
      return /^\d+$/.test(value) ? leadLabel(ctx.m, Number(value)) : escapeMrkdwn(value);
    default:
      return escapeMrkdwn(clip(value, VALUE_MAX));
  }
}

/** A type change names the types in the viewer's language; older entries have one name only. */
function typeValue(ctx: ActivityViewContext, change: FieldChange, side: 'from' | 'to'): FieldChange['from'] {
  const names = change.names?.[side];
  return names ? nameIn(names, ctx.viewer.locale) : change[side];
}

function describeChange(ctx: ActivityViewContext, change: FieldChange): string {
  const label = isField(ctx, change.field)
    ? ctx.m.activities.fields[change.field]
    : escapeMrkdwn(change.field);
  // Notes can be long and are shown in full above; the history only says they changed.
  if (change.field === 'notes') return `*${label}*`;
  const [from, to] =
    change.field === 'type'
      ? [typeValue(ctx, change, 'from'), typeValue(ctx, change, 'to')]
      : [change.from, change.to];
  return `*${label}*: ${shown(ctx, change.field, from)} → ${shown(ctx, change.field, to)}`;
}

/** One line per event, newest first: when, who, and for edits which fields went from what to what. */
export function historyLines(ctx: ActivityViewContext, entries: HistoryEntry[]): string[] {
  const d = ctx.m.activities.detail;
  return entries.map((entry) => {
    const who = entry.actor
      ? mention(entry.actor.slackUserId)
      : entry.actorLabel
        ? escapeMrkdwn(entry.actorLabel)
        : d.someone;
    const what =
      entry.kind === 'UPDATED'
        ? `${d.events.UPDATED} ${entry.changes.map((change) => describeChange(ctx, change)).join('; ')}`
        : d.events[entry.kind];
    return `${formatDateTime(entry.createdAt, ctx.viewer)} · ${who} ${what}`;
  });
}
