import type { App } from '@slack/bolt';
import { registerCommands } from './commands';
import type { ListenerDeps } from './deps';
import { registerShortcuts } from './shortcuts';

/** One registrar per listener type. */
export function registerListeners(app: App, _deps: ListenerDeps): void {
  registerCommands(app);
  registerShortcuts(app);
}
