import { typeNameIn } from '../../../domain/activity-types/type-names';
import { workCalendar } from '../../../domain/calendar/work-calendar';
import { modalTrigger, openModal } from '../../open-modal';
import { formatDateTime } from '../../views/format';
import { type OutcomeFormMetadata, outcomeForm, rescheduleForm } from '../../views/reminders/outcome-forms';
import { activityButton, type ButtonArgs, pressedIn } from '../activities/activity-button';
import { formButton } from '../activities/form-button';
import type { ListenerDeps } from '../deps';

/** The digest hour of people Slack has not told us about yet: the default of Settings. */
const DEFAULT_DIGEST_HOUR = 8;

/** The prompt message a button sat in, so the form's save can redraw it. */
function promptOf(args: ButtonArgs): Pick<OutcomeFormMetadata, 'c' | 't'> {
  const prompt = pressedIn(args);
  return prompt ? { c: prompt.channelId, t: prompt.messageTs } : {};
}

/** *Done…*: the outcome form, with a follow-up prefilled from the type's defaults. */
export const outcomeDoneButton = (deps: ListenerDeps) =>
  formButton(deps, async (user, record, args) => {
    const [suggestion, types] = await Promise.all([
      deps.activities.suggestFollowUp.execute(user.viewer, record, workCalendar(user.workspace)),
      deps.activities.form.activeTypes(user.viewer.workspaceId),
    ]);
    await openModal(
      modalTrigger(args),
      outcomeForm(user.m, {
        metadata: { a: record.id, v: record.version, ...promptOf(args) },
        types: types.map((type) => ({ id: type.id, name: typeNameIn(type, user.locale) })),
        suggestion,
      }),
    );
  });

/** *Reschedule*: a new start for the activity. */
export const outcomeRescheduleButton = (deps: ListenerDeps) =>
  formButton(deps, (user, record, args) =>
    openModal(
      modalTrigger(args),
      rescheduleForm(user.m, { a: record.id, v: record.version, ...promptOf(args) }, record.startAt),
    ),
  );

/** *Not yet*: asked again tomorrow at the digest hour, once. */
export const outcomeNotYetButton = (deps: ListenerDeps) =>
  activityButton(
    deps,
    (user, id, expected) =>
      deps.reminders.postponeOutcome.execute(user.viewer, {
        id,
        digestHour: user.employee?.digestHour ?? DEFAULT_DIGEST_HOUR,
        expected,
      }),
    ({ m, viewer }, record) =>
      m.reminders.outcome.postponed(formatDateTime(record.outcomeAskAt ?? record.dueAt, viewer)),
  );
