import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { isAdminRefusal } from '../../../domain/activity-types/require-admin';
import { ValidationError } from '../../../domain/validation-error';
import type { WorkspaceSettingsInput } from '../../../domain/workspaces/workspace-settings';
import type { Messages } from '../../../i18n';
import { touchbase } from '../../request-context';
import { adminRefusalModal } from '../../views/admin/admin-modal';
import {
  decodeWorkspaceFormState,
  NO_HOLIDAY_COUNTRY,
  WORKSPACE_INPUTS,
} from '../../views/admin/workspace-settings-ids';
import { type AdminDeps, currentAdminModal, redrawAdminModal } from './admin-screen';

type SubmissionArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;
type Values = ViewSubmitAction['view']['state']['values'];

function read(values: Values): WorkspaceSettingsInput {
  const input = (id: string) => values[id]?.[id];
  const chosen = (id: string) => input(id)?.selected_option?.value ?? null;
  const minute = (id: string) => {
    const value = chosen(id);
    return value === null ? null : Number(value);
  };
  const country = chosen(WORKSPACE_INPUTS.holidayCountry);
  return {
    locale: chosen(WORKSPACE_INPUTS.locale),
    timezone: chosen(WORKSPACE_INPUTS.timezone),
    holidayCountry: country === NO_HOLIDAY_COUNTRY ? null : country,
    workDayStartMinute: minute(WORKSPACE_INPUTS.workDayStartMinute),
    workDayEndMinute: minute(WORKSPACE_INPUTS.workDayEndMinute),
    workDays: (input(WORKSPACE_INPUTS.workDays)?.selected_options ?? []).map((option) =>
      Number(option.value),
    ),
  };
}

/**
 * Saving the Workspace settings form: a refused value keeps the form open with the message
 * next to its field; saved, the form closes and the admin modal under it says so. The new
 * settings count from the next request and the next digest run on.
 */
export function workspaceSettingsSubmission(deps: AdminDeps) {
  return async ({ ack, view, client, context }: SubmissionArgs): Promise<void> => {
    const { viewer, m } = touchbase(context);
    const state = decodeWorkspaceFormState(view.private_metadata);
    let changed: string[];
    try {
      changed = await deps.workspaceSettings.update(viewer, read(view.state.values));
    } catch (error) {
      if (isAdminRefusal(error)) return ack({ response_action: 'update', view: adminRefusalModal(m) });
      if (!(error instanceof ValidationError)) throw error;
      const errors = Object.fromEntries(
        Object.entries(error.fields).map(([field, message]) => [
          WORKSPACE_INPUTS[field as keyof typeof WORKSPACE_INPUTS],
          (message as (m: Messages) => string)(m),
        ]),
      );
      return ack({ response_action: 'errors', errors });
    }
    await ack();
    const listViewId = state.listViewId || view.previous_view_id;
    if (!listViewId) return;
    const notice = {
      tone: 'done' as const,
      mrkdwn: changed.length > 0 ? m.workspace.saved : m.workspace.unchanged,
    };
    await redrawAdminModal(client, { viewId: listViewId, hash: state.listHash }, () =>
      currentAdminModal(deps, viewer, m, state.page, notice),
    );
  };
}
