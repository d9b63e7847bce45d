import { typeNames } from '../../../domain/activity-types/type-names';
import { NO_FOLLOW_UP, TYPE_INPUTS } from '../../views/admin/admin-ids';
import { typeDoneNotice } from '../../views/admin/admin-notice';
import { leadOfOption } from '../../views/reminders/reminder-leads';
import type { AdminDeps } from './admin-screen';
import { typeFormSubmission } from './submit-type-form';

/** The *Defaults* form: subject, due offset and follow-up type that prefill the activity modal. */
export function typeDefaultsSubmission(deps: AdminDeps) {
  return typeFormSubmission(
    deps,
    () => TYPE_INPUTS.defaultSubject,
    async ({ viewer, m, state, value, hasInput }) => {
      const dueDays = value(TYPE_INPUTS.defaultDueDays);
      const followUp = value(TYPE_INPUTS.followUpTypeId);
      const saved = await deps.activityTypeAdmin.setDefaults.execute(viewer, {
        typeId: state.typeId ?? 0,
        defaultSubject: value(TYPE_INPUTS.defaultSubject),
        defaultDueDays: dueDays === null ? null : Number(dueDays),
        followUpTypeId: followUp === null || followUp === NO_FOLLOW_UP ? null : Number(followUp),
        // A form drawn before reminders existed has no such input: the lead stays as it is.
        reminderLeadMinutes: hasInput(TYPE_INPUTS.reminderLeadMinutes)
          ? leadOfOption(value(TYPE_INPUTS.reminderLeadMinutes))
          : undefined,
        askOutcome: hasInput(TYPE_INPUTS.askOutcome) ? value(TYPE_INPUTS.askOutcome) === 'ask' : undefined,
        defaultDurationMinutes: hasInput(TYPE_INPUTS.defaultDurationMinutes)
          ? Number(value(TYPE_INPUTS.defaultDurationMinutes) ?? Number.NaN)
          : undefined,
      });
      return typeDoneNotice(m, 'defaults', typeNames(saved));
    },
  );
}
