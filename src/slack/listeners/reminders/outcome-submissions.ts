import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import { AppError } from '../../../domain/app-error';
import { ValidationError } from '../../../domain/validation-error';
import type { Messages } from '../../../i18n';
import { formatDateTime } from '../../views/format';
import {
  decodeOutcomeMetadata,
  OUTCOME_INPUTS,
  type OutcomeFormMetadata,
} from '../../views/reminders/outcome-forms';
import { outcomeMessage } from '../../views/reminders/outcome-message';
import { type ActingUser, actingUser, viewContext } from '../activities/acting-user';
import type { ListenerDeps } from '../deps';
import { publishHome } from '../home/publish-home';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;
type Values = ViewSubmitAction['view']['state']['values'];

const FIELD_BLOCKS: Record<string, string> = {
  notes: OUTCOME_INPUTS.notes,
  followUpStart: OUTCOME_INPUTS.followUpStart,
  followUpType: OUTCOME_INPUTS.followUpType,
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

/** A refusal next to its field; what has no field of its own goes next to `main`. */
function errorsOf(error: AppError, m: Messages, main: string): Record<string, string> {
  if (!(error instanceof ValidationError)) return { [main]: error.userMessage(m) };
  return Object.fromEntries(
    Object.entries(error.fields).map(([field, text]) => [
      FIELD_BLOCKS[field] ?? main,
      (text as (m: Messages) => string)(m),
    ]),
  );
}

/** After a save: the prompt redrawn as the activity is now, its reminders and the user's Home too. */
async function afterSave(
  deps: ListenerDeps,
  args: Args,
  user: ActingUser,
  metadata: OutcomeFormMetadata,
  record: ActivityRecord,
  notice?: string,
): Promise<void> {
  if (metadata.c && metadata.t) {
    const message = outcomeMessage(viewContext(user, deps), record.id, record, {
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
  await publishHome(deps, args.client, user);
}

/** *Done…* saved: the outcome in the notes, Done, and the follow-up when asked for. */
export function outcomeFormSubmission(deps: ListenerDeps) {
  return async (args: Args) => {
    const user = actingUser(args.context);
    const metadata = decodeOutcomeMetadata(args.view.private_metadata);
    if (!user || !metadata) {
      await args.ack();
      return;
    }
    const values = args.view.state.values;
    const planned = (input(values, OUTCOME_INPUTS.followUp)?.selected_options ?? []).length > 0;
    const type = input(values, OUTCOME_INPUTS.followUpType)?.selected_option?.value;
    let saved: Awaited<ReturnType<ListenerDeps['reminders']['recordOutcome']['execute']>>;
    try {
      saved = await deps.reminders.recordOutcome.execute(user, metadata.a, {
        notes: input(values, OUTCOME_INPUTS.notes)?.value ?? '',
        version: metadata.v,
        followUp: planned
          ? {
              typeId: type && /^\d{1,9}$/.test(type) ? Number(type) : null,
              startAt: moment(input(values, OUTCOME_INPUTS.followUpStart)?.selected_date_time),
            }
          : null,
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await args.ack({ response_action: 'errors', errors: errorsOf(error, user.m, OUTCOME_INPUTS.notes) });
      return;
    }
    await args.ack();
    const notice = saved.followUp
      ? user.m.reminders.outcome.followUpPlanned(
          saved.followUp.id,
          formatDateTime(saved.followUp.startAt, user.viewer),
        )
      : undefined;
    await afterSave(deps, args, user, metadata, saved.record, notice);
  };
}

/** *Reschedule* saved: the new start; the reminder and the prompt follow it. */
export function rescheduleSubmission(deps: ListenerDeps) {
  return async (args: Args) => {
    const user = actingUser(args.context);
    const metadata = decodeOutcomeMetadata(args.view.private_metadata);
    if (!user || !metadata) {
      await args.ack();
      return;
    }
    const startAt = moment(input(args.view.state.values, OUTCOME_INPUTS.newStart)?.selected_date_time);
    if (!startAt) {
      await args.ack({
        response_action: 'errors',
        errors: { [OUTCOME_INPUTS.newStart]: user.m.activities.errors.startRequired },
      });
      return;
    }
    let record: ActivityRecord;
    try {
      record = await deps.reminders.reschedule.execute(user, metadata.a, metadata.v, startAt);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await args.ack({ response_action: 'errors', errors: errorsOf(error, user.m, OUTCOME_INPUTS.newStart) });
      return;
    }
    await args.ack();
    await afterSave(
      deps,
      args,
      user,
      metadata,
      record,
      user.m.reminders.outcome.rescheduled(formatDateTime(record.startAt, user.viewer)),
    );
  };
}
