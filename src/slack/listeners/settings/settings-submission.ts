import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { SettingsField } from '../../../domain/employees/employee-settings';
import { employeeViewer } from '../../../domain/employees/employee-viewer';
import type { UpdateSettings } from '../../../domain/employees/update-settings';
import { ValidationError } from '../../../domain/validation-error';
import type { Messages } from '../../../i18n';
import { messages } from '../../../i18n';
import { touchbase } from '../../request-context';
import { SETTINGS_BLOCKS, settingsSavedModal } from '../../views/settings/settings-modal';
import type { ListenerDeps } from '../deps';
import { publishHome } from '../home/publish-home';
import { readSettingsForm } from './read-settings-form';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

function errorsByBlock(error: ValidationError<SettingsField>, m: Messages): Record<string, string> {
  return Object.fromEntries(
    Object.entries(error.fields).map(([field, text]) => [
      SETTINGS_BLOCKS[field as SettingsField],
      (text as (m: Messages) => string)(m),
    ]),
  );
}

/** Saving Settings: field errors next to their fields and nothing saved; else a confirmation in the new language. */
export function settingsSubmission(deps: ListenerDeps) {
  const settings: UpdateSettings = deps.settings;
  return async ({ ack, view, context, client }: Args) => {
    const request = touchbase(context);
    const { viewer, employee, workspace, m } = request;
    if (!viewer || !employee) {
      await ack({ response_action: 'errors', errors: { [SETTINGS_BLOCKS.locale]: m.errors.generic } });
      return;
    }
    try {
      const saved = await settings.execute(viewer, readSettingsForm(view.state.values));
      const now = employeeViewer(workspace, saved, viewer.isAdmin);
      const m = messages(now.locale);
      await ack({ response_action: 'update', view: settingsSavedModal(m) });
      // The Home tab speaks the language just chosen, without waiting to be reopened.
      await publishHome(deps, client, {
        ...touchbase(context),
        employee: saved,
        viewer: now,
        locale: now.locale,
        m,
      });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      await ack({ response_action: 'errors', errors: errorsByBlock(error, m) });
    }
  };
}
