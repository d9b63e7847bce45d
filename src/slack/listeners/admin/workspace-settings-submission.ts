import type { ViewSubmitAction } from '@slack/bolt';
import type { WorkspaceSettingsInput } from '../../../domain/workspaces/workspace-settings';
import { formFields } from '../../app-errors/form-fields';
import { type FormArgs, formSubmission } from '../../app-errors/form-submission';
import { touchbase } from '../../request-context';
import { decodeFormState } from '../../views/admin/admin-metadata';
import { NO_HOLIDAY_COUNTRY, WORKSPACE_INPUTS } from '../../views/admin/workspace-settings-ids';
import { redrawAdminList } from './admin-list-redraw';
import type { AdminDeps } from './admin-screen';

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
 * next to its field, and so does the refusal of someone no longer an admin (nothing they
 * chose is lost); saved,
 * the form closes and the admin modal under it says so. The new settings count from the next
 * request and the next digest run on.
 */
export function workspaceSettingsSubmission(deps: AdminDeps) {
  return formSubmission(
    () => formFields(WORKSPACE_INPUTS, WORKSPACE_INPUTS.locale, 'in-form'),
    async ({ ack, view, client, context }: FormArgs): Promise<void> => {
      const { viewer, m } = touchbase(context);
      const form = decodeFormState(view.private_metadata);
      const changed = await deps.workspaceSettings.update(viewer, read(view.state.values));
      await ack();
      const notice = {
        tone: 'done' as const,
        mrkdwn: changed.length > 0 ? m.workspace.saved : m.workspace.unchanged,
      };
      await redrawAdminList(deps, { client, context, view }, { form, notice });
    },
  );
}
