import { TZDate } from '@date-fns/tz';
import { subDays } from 'date-fns/subDays';
import type { ActivityStatus } from '../activities/activity-record';
import { sameSecond } from '../activities/timing-rules';
import { isTimeZone } from '../calendar/local-time';

/** *Remind me* choices in minutes before the start (product §5.4): 0 is "at the start". */
export const REMINDER_LEADS = [0, 5, 15, 30, 60, 1440] as const;

export function isReminderLead(value: unknown): value is number {
  return REMINDER_LEADS.some((lead) => lead === value);
}

/** A type's default duration in minutes (product §5.5). */
export const DURATION_MIN = 5;
export const DURATION_MAX = 1440;

/** However short the lead, a reminder a tick or two late is still worth sending. */
export const SHORTEST_GRACE_MS = 5 * 60_000;

const MINUTE = 60_000;
const DAY_MINUTES = 1440;

/**
 * Start − lead. "1 day before" is the same time of day the day before on the
 * responsible's own calendar, so a change to or from daylight-saving time in between
 * does not make it an hour early or late; shorter leads are plain minutes.
 */
export function leadMoment(startAt: Date, leadMinutes: number, timezone: string): Date {
  if (leadMinutes === DAY_MINUTES && isTimeZone(timezone))
    return new Date(subDays(new TZDate(startAt, timezone), 1).getTime());
  return new Date(startAt.getTime() - leadMinutes * MINUTE);
}

interface ReminderFacts {
  status: ActivityStatus;
  startAt: Date;
  remindLeadMinutes: number | null;
}

/**
 * When the activity's reminder is due, decided on every save (product §5.4):
 * none once done or without a lead; kept as it was (a snooze included) while the
 * start and the lead stay; else start − lead. A moment already past when the
 * activity is saved is no reminder at all: whoever saved it is looking at it now.
 */
export function reminderMoment(
  next: ReminderFacts,
  current: (ReminderFacts & { remindAt: Date | null }) | null,
  {
    now,
    timezone,
  }: {
    now: Date;
    /** The responsible's time zone, for "1 day before". */
    timezone: string;
  },
): Date | null {
  if (next.status === 'DONE' || next.remindLeadMinutes === null) return null;
  const unchanged =
    current !== null &&
    current.status !== 'DONE' &&
    current.remindLeadMinutes === next.remindLeadMinutes &&
    sameSecond(current.startAt, next.startAt);
  if (unchanged) return current.remindAt;
  const moment = leadMoment(next.startAt, next.remindLeadMinutes, timezone);
  return moment > now ? moment : null;
}

/**
 * The last moment a reminder is still sent: its activity started (or the snoozed
 * reminder fell due) no longer ago than the lead time, and at least a few minutes.
 * A reminder found later — Touchbase was down — is dropped, not sent late.
 */
export function reminderDeadline(reminder: { startAt: Date; remindAt: Date; leadMinutes: number }): Date {
  const from = Math.max(reminder.startAt.getTime(), reminder.remindAt.getTime());
  return new Date(from + Math.max(reminder.leadMinutes * MINUTE, SHORTEST_GRACE_MS));
}

interface OutcomeFacts {
  status: ActivityStatus;
  startAt: Date;
  endAt: Date | null;
  type: { id: number; askOutcome?: boolean; defaultDurationMinutes?: number };
}

/** An ended activity older than this when saved is history being written down, not a meeting to ask about. */
const OUTCOME_LOOK_BACK_MS = 24 * 3600_000;

/**
 * When "How did it go?" is due (product §5.5): at the end, or the start plus the
 * type's duration, for a type that asks and while the activity is not done. Kept as
 * it was (a *Not yet* included) while start, end and type stay; none for an activity
 * that ended more than a day before it was saved.
 */
export function outcomeMoment(
  next: OutcomeFacts,
  current: (OutcomeFacts & { outcomeAskAt: Date | null; outcomePostponed: boolean }) | null,
  now: Date,
): { outcomeAskAt: Date | null; outcomePostponed: boolean } {
  if (next.status === 'DONE') return { outcomeAskAt: null, outcomePostponed: false };
  const unchanged =
    current !== null &&
    current.status !== 'DONE' &&
    current.type.id === next.type.id &&
    sameSecond(current.startAt, next.startAt) &&
    sameSecond(current.endAt, next.endAt);
  if (unchanged) return { outcomeAskAt: current.outcomeAskAt, outcomePostponed: current.outcomePostponed };
  if (!next.type.askOutcome) return { outcomeAskAt: null, outcomePostponed: false };
  const duration = next.type.defaultDurationMinutes ?? 30;
  const moment = next.endAt ?? new Date(next.startAt.getTime() + duration * MINUTE);
  if (moment.getTime() < now.getTime() - OUTCOME_LOOK_BACK_MS)
    return { outcomeAskAt: null, outcomePostponed: false };
  return { outcomeAskAt: moment, outcomePostponed: false };
}

/** Whose clock "1 day before" is read on: the responsible's when known, else the one acting. */
export function responsibleZone(responsible: object, fallback: string): string {
  const zone = (responsible as { timezone?: unknown }).timezone;
  return typeof zone === 'string' ? zone : fallback;
}
