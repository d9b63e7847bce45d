import type { App } from '@slack/bolt';
import { registerActivityListeners } from './activities';
import { registerAdminListeners } from './admin';
import { registerCommands } from './commands';
import { registerContactListeners } from './contacts';
import type { ListenerDeps } from './deps';
import { registerHomeListeners } from './home';
import { registerPlanListeners } from './plans';
import { registerReminderListeners } from './reminders';
import { registerSettingsListeners } from './settings';
import { registerShortcuts } from './shortcuts';

/**
 * Registration is by feature: each folder's index.ts registers what its feature answers —
 * buttons, menus, forms, pickers, events, and a slash command that is the feature's alone
 * (/contact with contacts, the Home's app_home_opened with home). Two folders are entry
 * points that route into several features instead: commands/ (/activity and its
 * subcommands: log, list, show, trash, stats, export, settings, admin…) and shortcuts/ (the
 * global and message shortcuts); a feature reached only through them (stats) has no
 * registrar. Command and shortcut names come from catalog.ts, action and callback ids from
 * the views' id modules.
 */
export function registerListeners(app: App, deps: ListenerDeps): void {
  registerCommands(app, deps);
  registerContactListeners(app, deps);
  registerShortcuts(app, deps);
  registerSettingsListeners(app, deps);
  registerAdminListeners(app, deps);
  registerActivityListeners(app, deps);
  registerPlanListeners(app, deps);
  registerHomeListeners(app, deps);
  registerReminderListeners(app, deps);
}
