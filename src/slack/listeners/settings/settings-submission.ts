import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { SettingsField } from '../../../domain/employees/employee-settings';
import type { UpdateSettings } from '../../../domain/employees/update-settings';
import { ValidationError } from '../../../domain/validation-error';
import type { Messages } from '../../../i18n';
import { messages, resolveLocale } from '../../../i18n';
import { touchbase } from '../../request-context';
import { SETTINGS_BLOCKS, settingsSavedModal } from '../../views/settings/settings-modal';
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
export function settingsSubmission(settings: UpdateSettings) {
  return async ({ ack, view, context }: Args) => {
    const { viewer, employee, workspace, m } = touchbase(context);
    if (!viewer || !employee) {
      await ack({ response_action: 'errors', errors: { [SETTINGS_BLOCKS.locale]: m.errors.generic } });
      return;
    }
    try {
      const saved = await settings.execute(viewer, readSettingsForm(view.state.values));
      const locale = resolveLocale({
        preferred: saved.preferredLocale,
        slackLocale: saved.slackLocale,
        workspaceDefault: workspace.defaultLocale === 'sv' ? 'sv' : 'en',
      });
      await ack({ response_action: 'update', view: settingsSavedModal(messages(locale)) });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      await ack({ response_action: 'errors', errors: errorsByBlock(error, m) });
    }
  };
}
