import type { App } from '@slack/bolt';
import { reminderButtonPattern } from '../../views/reminders/reminder-message';
import type { ListenerDeps } from '../deps';
import { remindLaterButton } from './remind-later-button';
import { reminderOpenButton } from './reminder-open-button';

/** The reminder's own buttons; *Done now* and *Tomorrow* are the activity buttons (product §5.4). */
export function registerReminderListeners(app: App, deps: ListenerDeps): void {
  app.action(reminderButtonPattern('later15'), remindLaterButton(deps, 15));
  app.action(reminderButtonPattern('later60'), remindLaterButton(deps, 60));
  app.action(reminderButtonPattern('open'), reminderOpenButton(deps));
}
