import type { App } from '@slack/bolt';
import { registerActivityListeners } from './activities';
import { registerAdminListeners } from './admin';
import { registerCommands } from './commands';
import { registerContactListeners } from './contacts';
import type { ListenerDeps } from './deps';
import { registerHomeListeners } from './home';
import { registerReminderListeners } from './reminders';
import { registerSettingsListeners } from './settings';
import { registerShortcuts } from './shortcuts';

/** One registrar per listener type. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  registerCommands(app, deps);
  registerContactListeners(app, deps);
  registerShortcuts(app, deps);
  registerSettingsListeners(app, deps);
  registerAdminListeners(app, deps);
  registerActivityListeners(app, deps);
  registerHomeListeners(app, deps);
  registerReminderListeners(app, deps);
}
