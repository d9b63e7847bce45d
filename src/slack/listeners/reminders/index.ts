import type { App } from '@slack/bolt';
import { OUTCOME_FORM, RESCHEDULE_FORM } from '../../views/reminders/outcome-forms';
import { outcomeButtonPattern } from '../../views/reminders/outcome-message';
import { reminderButtonPattern } from '../../views/reminders/reminder-message';
import type { ListenerDeps } from '../deps';
import { outcomeDoneButton, outcomeNotYetButton, outcomeRescheduleButton } from './outcome-buttons';
import { outcomeFormSubmission, rescheduleSubmission } from './outcome-submissions';
import { remindLaterButton } from './remind-later-button';
import { reminderOpenButton } from './reminder-open-button';

/** The reminder's own buttons; *Done now* and *Tomorrow* are the activity buttons (product §5.4). */
export function registerReminderListeners(app: App, deps: ListenerDeps): void {
  app.action(reminderButtonPattern('later15'), remindLaterButton(deps, 15));
  app.action(reminderButtonPattern('later60'), remindLaterButton(deps, 60));
  app.action(reminderButtonPattern('open'), reminderOpenButton(deps));
  app.action(outcomeButtonPattern('done'), outcomeDoneButton(deps));
  app.action(outcomeButtonPattern('notYet'), outcomeNotYetButton(deps));
  app.action(outcomeButtonPattern('reschedule'), outcomeRescheduleButton(deps));
  app.view(OUTCOME_FORM, outcomeFormSubmission(deps));
  app.view(RESCHEDULE_FORM, rescheduleSubmission(deps));
}
