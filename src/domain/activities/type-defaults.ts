import type { ActivityType } from '../activity-types/activity-type';
import type { WorkCalendar } from '../calendar/work-calendar';
import { sameSecond } from './timing-rules';
import { addWorkingDays } from './working-days';

/** What the form holds when a type is chosen. */
export interface TypeDefaultsTarget {
  subject: string;
  startAt: Date | null;
  endAt: Date | null;
  remindLeadMinutes: number | null;
}

/** Values an earlier type choice put into the form, so a second choice may replace them. */
export interface AppliedDefaults {
  typeId: number;
  subject?: string;
  endAt?: Date;
  /** The reminder lead it put in (null: "No reminder"); undefined when it put none. */
  remind?: number | null;
}

/**
 * product §3.5: choosing a type prefills its default subject, due offset ("in 2
 * working days" → end) and reminder lead, but only where the user has not written
 * anything of their own; what an earlier type prefilled counts as not written.
 */
export function applyTypeDefaults(
  form: TypeDefaultsTarget,
  type: Pick<ActivityType, 'id' | 'defaultSubject' | 'defaultDueDays' | 'reminderLeadMinutes'>,
  context: {
    /** What an earlier type prefilled in this form, which the user has not changed since. */
    previous: AppliedDefaults | null;
    now: Date;
    timezone: string;
    calendar: WorkCalendar;
  },
): { form: TypeDefaultsTarget; applied: AppliedDefaults } {
  const { previous } = context;
  const next = { ...form };
  const applied: AppliedDefaults = { typeId: type.id };
  const subjectFree =
    form.subject.trim() === '' || (previous?.subject !== undefined && form.subject === previous.subject);
  if (subjectFree && type.defaultSubject) {
    next.subject = type.defaultSubject;
    applied.subject = type.defaultSubject;
  }
  const endFree =
    form.endAt === null || (previous?.endAt !== undefined && sameSecond(form.endAt, previous.endAt));
  if (endFree && type.defaultDueDays !== null) {
    next.endAt = addWorkingDays(form.startAt ?? context.now, type.defaultDueDays, {
      timezone: context.timezone,
      calendar: context.calendar,
    });
    applied.endAt = next.endAt;
  }
  // Product §5.4: *Remind me* takes the type's lead unless the user chose one themselves.
  const remindFree =
    previous === null
      ? form.remindLeadMinutes === null
      : previous.remind !== undefined && form.remindLeadMinutes === previous.remind;
  if (remindFree) {
    next.remindLeadMinutes = type.reminderLeadMinutes;
    applied.remind = type.reminderLeadMinutes;
  }
  return { form: next, applied };
}
