import type { ViewSubmitAction } from '@slack/bolt';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import { ValidationError } from '../../../domain/validation-error';
import { formFields } from '../../app-errors/form-fields';
import { type FormArgs, formSubmission } from '../../app-errors/form-submission';
import { formatDateTime } from '../../views/format';
import {
  decodeOutcomeMetadata,
  OUTCOME_INPUTS,
  type OutcomeFormMetadata,
} from '../../views/reminders/outcome-forms';
import { outcomeMessage } from '../../views/reminders/outcome-message';
import { type ActingUser, actingUser, viewContext } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { redrawHome } from '../home/publish-home';

type Values = ViewSubmitAction['view']['state']['values'];

/** Where the use case's field names show in the outcome and reschedule forms. */
const OUTCOME_FIELDS = {
  notes: OUTCOME_INPUTS.notes,
  followUpStart: OUTCOME_INPUTS.followUpStart,
  followUpType: OUTCOME_INPUTS.followUpType,
  newStart: OUTCOME_INPUTS.newStart,
  start: OUTCOME_INPUTS.newStart,
};

function input(values: Values, id: string) {
  return values[id]?.[id] as
    | {
        value?: string | null;
        selected_date_time?: number | null;
        selected_option?: { value: string } | null;
        selected_options?: { value: string }[] | null;
      }
    | undefined;
}

const moment = (value: number | null | undefined) =>
  typeof value === 'number' ? new Date(value * 1000) : null;

/** After a save: the prompt redrawn as the activity is now, its reminders and the user's Home too. */
async function afterSave(
  deps: ListenerDeps,
  args: FormArgs,
  {
    user,
    metadata,
    record,
    notice,
  }: { user: ActingUser; metadata: OutcomeFormMetadata; record: ActivityRecord; notice?: string },
): Promise<void> {
  if (metadata.c && metadata.t) {
    const message = outcomeMessage(viewContext(user, deps), {
      activityId: record.id,
      record,
      recipientEmployeeId: user.viewer.employeeId,
      notice,
    });
    await args.client.chat.update({ channel: metadata.c, ts: metadata.t, ...message });
  }
  deps.reminders.redraw.request(
    user.viewer.workspaceId,
    record.id,
    metadata.c && metadata.t ? { channelId: metadata.c, messageTs: metadata.t } : undefined,
  );
  await redrawHome(deps, args.client, { user });
}

/**
 * A form of the outcome prompt: the prompt it came from is in its metadata; a form
 * whose metadata cannot be read (an older release's) just closes.
 */
function outcomeSubmission(
  field: string,
  save: (args: FormArgs, user: ActingUser, metadata: OutcomeFormMetadata) => Promise<void>,
) {
  return formSubmission(
    () => formFields(OUTCOME_FIELDS, field),
    async (args: FormArgs) => {
      const metadata = decodeOutcomeMetadata(args.view.private_metadata);
      if (metadata) await save(args, actingUser(args.context), metadata);
      else await args.ack();
    },
  );
}

/** *Done…* saved: the outcome in the notes, Done, and the follow-up when asked for. */
export const outcomeFormSubmission = (deps: ListenerDeps) =>
  outcomeSubmission(OUTCOME_INPUTS.notes, async (args, user, metadata) => {
    const values = args.view.state.values;
    const planned = (input(values, OUTCOME_INPUTS.followUp)?.selected_options ?? []).length > 0;
    const type = input(values, OUTCOME_INPUTS.followUpType)?.selected_option?.value;
    const saved = await deps.reminders.recordOutcome.execute(user, metadata.a, {
      notes: input(values, OUTCOME_INPUTS.notes)?.value ?? '',
      version: metadata.v,
      followUp: planned
        ? {
            typeId: type && /^\d{1,9}$/.test(type) ? Number(type) : null,
            startAt: moment(input(values, OUTCOME_INPUTS.followUpStart)?.selected_date_time),
          }
        : null,
    });
    await args.ack();
    const notice = saved.followUp
      ? user.m.reminders.outcome.followUpPlanned(
          saved.followUp.id,
          formatDateTime(saved.followUp.startAt, user.viewer),
        )
      : undefined;
    await afterSave(deps, args, { user, metadata, record: saved.record, notice });
  });

/** *Reschedule* saved: the new start; the reminder and the prompt follow it. */
export const rescheduleSubmission = (deps: ListenerDeps) =>
  outcomeSubmission(OUTCOME_INPUTS.newStart, async (args, user, metadata) => {
    const startAt = moment(input(args.view.state.values, OUTCOME_INPUTS.newStart)?.selected_date_time);
    if (!startAt)
      throw new ValidationError<'newStart'>({ newStart: (m) => m.activities.errors.startRequired });
    const record = await deps.reminders.reschedule.execute(user, {
      id: metadata.a,
      version: metadata.v,
      startAt,
    });
    await args.ack();
    const notice = user.m.reminders.outcome.rescheduled(formatDateTime(record.startAt, user.viewer));
    await afterSave(deps, args, { user, metadata, record, notice });
  });
