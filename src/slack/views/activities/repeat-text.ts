import type { ActivityRecord } from '../../../domain/activities/activity-record';
import { describeRule } from '../../../domain/recurrence/describe-rule';
import { localDayOf } from '../../../domain/recurrence/occurrences';
import { InvalidRecurrence, parseRrule } from '../../../domain/recurrence/parse-rrule';
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import { formatDateTime } from '../format';

/** Who reads it: their strings, and their zone for dates. */
interface Reader {
  m: Messages;
  viewer: Viewer;
}

/** An RRULE in the viewer's words ("every 2nd Tuesday" / "varannan tisdag"), product §3.6. */
export function ruleInWords(ctx: Reader, rule: string, startAt: Date): string {
  try {
    return describeRule(ctx.m, parseRrule(rule, localDayOf(startAt, ctx.viewer.timezone)));
  } catch (error) {
    // Stored rules were checked when saved; one from an older version shows as the rule itself.
    if (error instanceof InvalidRecurrence) return rule;
    throw error;
  }
}

/** "↻ every Tuesday" for an activity that repeats, else null: every surface shows it (product §3.6). */
export function repeatText(ctx: Reader, record: ActivityRecord): string | null {
  if (record.recurrence === null) return null;
  return `${ctx.m.recurrence.mark} ${ruleInWords(ctx, record.recurrence, record.startAt)}`;
}

/**
 * What completing or deleting an occurrence did to its series: when the next one is, or that
 * the series has ended; null when the activity moved no series on.
 */
/** A notice about a saved occurrence, followed by when the next one is (or that the series ended). */
export function withNextOccurrence(
  ctx: Reader,
  notice: string,
  saved: ActivityRecord & { nextOccurrence?: ActivityRecord | null },
): string {
  const next = nextOccurrenceNotice(ctx, saved);
  return next === null ? notice : `${notice} ${next}`;
}

function nextOccurrenceNotice(
  ctx: Reader,
  saved: ActivityRecord & { nextOccurrence?: ActivityRecord | null },
): string | null {
  if (saved.nextOccurrence === undefined) return null;
  if (saved.nextOccurrence === null) return ctx.m.recurrence.ended;
  return ctx.m.recurrence.next(formatDateTime(saved.nextOccurrence.startAt, ctx.viewer));
}
