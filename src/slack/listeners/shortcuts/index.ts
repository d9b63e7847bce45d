import type { App } from '@slack/bolt';
import { SHORTCUTS } from '../catalog';
import { helpShortcut } from './help-shortcut';

export function registerShortcuts(app: App): void {
  app.shortcut(SHORTCUTS.logActivity, helpShortcut);
  app.shortcut(SHORTCUTS.logMessageAsActivity, helpShortcut);
}
