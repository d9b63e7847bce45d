import type { App } from '@slack/bolt';
import { registerActivityListeners } from './activities';
import { registerAdminListeners } from './admin';
import { registerCommands } from './commands';
import { registerContactListeners } from './contacts';
import type { ListenerDeps } from './deps';
import { registerShortcuts } from './shortcuts';

/** One registrar per listener type. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  registerCommands(app, deps);
  registerContactListeners(app, deps);
  registerShortcuts(app);
  registerAdminListeners(app, deps);
  registerActivityListeners(app, deps);
}
