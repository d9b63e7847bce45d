import type { App } from '@slack/bolt';
import { SETTINGS_FORM, SETTINGS_OPEN } from '../../views/settings/settings-modal';
import type { ListenerDeps } from '../deps';
import { settingsButton } from './settings-button';
import { settingsSubmission } from './settings-submission';

export { openSettings } from './open-settings';
export { settingsCommand } from './settings-command';

export function registerSettingsListeners(app: App, deps: ListenerDeps): void {
  app.action(SETTINGS_OPEN, settingsButton);
  app.view(SETTINGS_FORM, settingsSubmission(deps));
}
