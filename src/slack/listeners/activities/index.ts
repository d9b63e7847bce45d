import type { App, BlockAction } from '@slack/bolt';
import {
  buttonPattern,
  LIST_FILTER,
  LIST_FOR_ORGANIZATION,
  LIST_FOR_PERSON,
  LIST_MORE,
  LOG_FOR_PERSON,
  TRASH_MORE,
} from '../../views/activities/activity-actions';
import {
  ACTIVITY_FORM,
  FORM_ACTIONS,
  FORM_TAKE_CURRENT,
  FORM_TYPE_ACTION,
} from '../../views/activities/activity-modal';
import { PERSON_PICKER } from '../../views/picker-ids';
import type { ListenerDeps } from '../deps';
import { deleteButton, deleteInScopeButton, keepButton } from './delete-button';
import { doneButton } from './done-button';
import { editButton } from './edit-button';
import { followUpButton } from './follow-up-button';
import { formPersonChosen } from './form-person-chosen';
import { formRepeatChosen } from './form-repeat-chosen';
import { activityFormSubmission } from './form-submission';
import { formTakeCurrent } from './form-take-current';
import { formTypeChosen } from './form-type-chosen';
import { listForContactButton } from './list-for-contact-button';
import { logForPersonButton } from './log-for-person-button';
import { moreButton } from './more-button';
import { snoozeButton } from './snooze-buttons';
import { startButton } from './start-button';
import { stopRepeatingButton } from './stop-repeating-button';
import { trashMoreButton } from './trash-more-button';
import { undoButton } from './undo-button';

/** The activity form, the buttons on activity messages, and the person card's activity buttons. */
export function registerActivityListeners(app: App, deps: ListenerDeps): void {
  app.view(ACTIVITY_FORM, activityFormSubmission(deps));
  app.action<BlockAction>(
    { type: 'block_actions', action_id: PERSON_PICKER, callback_id: ACTIVITY_FORM },
    formPersonChosen(deps),
  );
  app.action<BlockAction>(
    { type: 'block_actions', action_id: FORM_TYPE_ACTION, callback_id: ACTIVITY_FORM },
    formTypeChosen(deps),
  );
  app.action<BlockAction>(
    { type: 'block_actions', action_id: FORM_ACTIONS.repeat, callback_id: ACTIVITY_FORM },
    formRepeatChosen(deps),
  );
  app.action<BlockAction>(
    { type: 'block_actions', action_id: FORM_TAKE_CURRENT, callback_id: ACTIVITY_FORM },
    formTakeCurrent(deps),
  );
  app.action(buttonPattern('done'), doneButton(deps));
  app.action(buttonPattern('start'), startButton(deps));
  app.action(buttonPattern('edit'), editButton(deps));
  app.action(buttonPattern('delete'), deleteButton(deps));
  app.action(buttonPattern('deleteThis'), deleteInScopeButton(deps, 'this'));
  app.action(buttonPattern('deleteFollowing'), deleteInScopeButton(deps, 'following'));
  app.action(buttonPattern('keep'), keepButton(deps));
  app.action(buttonPattern('stopRepeating'), stopRepeatingButton(deps));
  app.action(buttonPattern('undo'), undoButton(deps));
  app.action(buttonPattern('followUp'), followUpButton(deps));
  app.action(buttonPattern('snoozeTomorrow'), snoozeButton(deps, 'tomorrow'));
  app.action(buttonPattern('snoozeNextWeek'), snoozeButton(deps, 'next_week'));
  app.action(LIST_MORE, moreButton(deps));
  app.action(new RegExp(`^${LIST_FILTER}:[a-z]+$`), moreButton(deps));
  app.action(TRASH_MORE, trashMoreButton(deps));
  // Contact result lists show these buttons once per person, with `:<person id>` appended.
  app.action(new RegExp(`^${LOG_FOR_PERSON}(:\\d+)?$`), logForPersonButton(deps));
  app.action(new RegExp(`^${LIST_FOR_PERSON}(:\\d+)?$`), listForContactButton(deps, 'personId'));
  app.action(LIST_FOR_ORGANIZATION, listForContactButton(deps, 'organizationId'));
}
