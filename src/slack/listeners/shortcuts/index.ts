import type { App, MessageShortcut } from '@slack/bolt';
import { SHORTCUTS } from '../catalog';
import type { ListenerDeps } from '../deps';
import { logActivityShortcut } from './log-activity-shortcut';
import { logMessageShortcut } from './log-message-shortcut';

export function registerShortcuts(app: App, deps: ListenerDeps): void {
  app.shortcut(SHORTCUTS.logActivity, logActivityShortcut(deps));
  app.shortcut<MessageShortcut>(
    { callback_id: SHORTCUTS.logMessageAsActivity, type: 'message_action' },
    logMessageShortcut(deps),
  );
}
