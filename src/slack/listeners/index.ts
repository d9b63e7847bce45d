import type { App } from '@slack/bolt';
import { registerCommands } from './commands';
import { registerShortcuts } from './shortcuts';

/** One registrar per listener type. */
export function registerListeners(app: App): void {
  registerCommands(app);
  registerShortcuts(app);
}
