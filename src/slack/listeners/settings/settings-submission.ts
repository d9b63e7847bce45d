import { employeeViewer } from '../../../domain/employees/employee-viewer';
import { messages } from '../../../i18n';
import { formFields } from '../../app-errors/form-fields';
import { type FormArgs, formSubmission } from '../../app-errors/form-submission';
import { SETTINGS_BLOCKS, settingsSavedModal } from '../../views/settings/settings-modal';
import { actingUser } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { redrawHome } from '../home/publish-home';
import { readSettingsForm } from './read-settings-form';

const SETTINGS_FIELDS = formFields(
  { ...SETTINGS_BLOCKS, workHours: SETTINGS_BLOCKS.workEndHour },
  SETTINGS_BLOCKS.locale,
);

/** Saving Settings: field errors next to their fields and nothing saved; else a confirmation in the new language. */
export function settingsSubmission(deps: ListenerDeps) {
  return formSubmission(
    () => SETTINGS_FIELDS,
    async ({ ack, view, context, client }: FormArgs) => {
      const user = actingUser(context);
      const saved = await deps.settings.execute(user.viewer, readSettingsForm(view.state.values));
      const now = employeeViewer(user.workspace, saved, user.viewer.isAdmin);
      const m = messages(now.locale);
      await ack({ response_action: 'update', view: settingsSavedModal(m) });
      // The Home tab speaks the language just chosen, without waiting to be reopened.
      await redrawHome(deps, client, {
        user: { ...user, employee: saved, viewer: now, locale: now.locale, m },
      });
    },
  );
}
