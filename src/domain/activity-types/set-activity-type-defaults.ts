import { DURATION_MAX, DURATION_MIN, isReminderLead } from '../reminders/reminder-rules';
import { type FieldMessages, ValidationError } from '../validation-error';
import type { Viewer } from '../viewer';
import type { ActivityType } from './activity-type';
import type { ActivityTypeFields } from './activity-type-ports';
import { DEFAULT_SUBJECT_MAX, DUE_DAYS_MAX, typeIn } from './activity-type-rules';
import { changeTypes, type TypeAdminDeps } from './change-types';

export interface ActivityTypeDefaults {
  /** Empty or null: no subject is prefilled. */
  defaultSubject: string | null;
  /** Working days from start to due; null: none. */
  defaultDueDays: number | null;
  /** The type Plan follow-up suggests; it may be the type itself. */
  followUpTypeId: number | null;
  /** Minutes before the start its activities remind (0: at the start; null: none); undefined keeps it. */
  reminderLeadMinutes?: number | null;
  /** Ask how it went after the end (product §5.5); undefined keeps it. */
  askOutcome?: boolean;
  /** Minutes an activity lasts without an end; undefined keeps it. */
  defaultDurationMinutes?: number;
}

type DefaultsField = keyof ActivityTypeDefaults;

/** What prefills the activity modal when this type is chosen (product §3.5). */
export class SetActivityTypeDefaults {
  constructor(private readonly deps: TypeAdminDeps) {}

  async execute(
    viewer: Viewer | null,
    input: { typeId: number } & ActivityTypeDefaults,
  ): Promise<ActivityType> {
    return changeTypes(this.deps, viewer, async ({ all, types, audit }) => {
      const type = typeIn(all, input.typeId);
      const errors: FieldMessages<DefaultsField> = {};
      const subject = input.defaultSubject?.trim() || null;
      if (subject !== null && subject.length > DEFAULT_SUBJECT_MAX) {
        errors.defaultSubject = (m) => m.admin.types.errors.subjectTooLong;
      }
      const dueDays = input.defaultDueDays;
      if (dueDays !== null && !(Number.isInteger(dueDays) && dueDays >= 0 && dueDays <= DUE_DAYS_MAX)) {
        errors.defaultDueDays = (m) => m.admin.types.errors.dueDays;
      }
      const followUp = input.followUpTypeId === null ? null : all.find((t) => t.id === input.followUpTypeId);
      if (followUp?.archived || followUp === undefined) {
        errors.followUpTypeId = (m) => m.admin.types.errors.followUpType;
      }
      const lead =
        input.reminderLeadMinutes === undefined ? type.reminderLeadMinutes : input.reminderLeadMinutes;
      if (lead !== null && !isReminderLead(lead)) {
        errors.reminderLeadMinutes = (m) => m.reminders.errors.lead;
      }
      const askOutcome = input.askOutcome ?? type.askOutcome;
      const duration = input.defaultDurationMinutes ?? type.defaultDurationMinutes;
      if (!(Number.isInteger(duration) && duration >= DURATION_MIN && duration <= DURATION_MAX)) {
        errors.defaultDurationMinutes = (m) => m.reminders.errors.duration;
      }
      if (Object.keys(errors).length > 0) throw new ValidationError(errors);

      const next: Required<Pick<ActivityTypeFields, DefaultsField>> = {
        defaultSubject: subject,
        defaultDueDays: dueDays,
        followUpTypeId: followUp?.id ?? null,
        reminderLeadMinutes: lead,
        askOutcome,
        defaultDurationMinutes: duration,
      };
      const changed = (Object.keys(next) as DefaultsField[]).filter((field) => next[field] !== type[field]);
      if (changed.length === 0) return type;
      const saved = await types.update(type.id, next);
      await audit({
        action: 'activity_type.defaults_changed',
        typeId: type.id,
        details: {
          changed,
          hasDefaultSubject: subject !== null,
          defaultDueDays: dueDays,
          followUpTypeId: next.followUpTypeId,
          reminderLeadMinutes: lead,
          askOutcome,
          defaultDurationMinutes: duration,
        },
      });
      return saved;
    });
  }
}
