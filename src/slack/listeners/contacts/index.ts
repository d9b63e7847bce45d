import type { App, BlockAction, ButtonAction, RadioButtonsAction } from '@slack/bolt';
import { actionPattern, CONTACT_ACTIONS, CONTACT_CALLBACKS } from '../../views/contacts/contact-ids';
import { ORGANIZATION_PICKER, PERSON_PICKER } from '../../views/picker-ids';
import { COMMANDS } from '../catalog';
import { contactCommand } from './contact-command';
import type { ContactListenerDeps } from './contact-deps';
import { contactKindAction } from './contact-kind-action';
import { editOrganizationButton } from './edit-organization-button';
import { editOrganizationSubmission } from './edit-organization-submission';
import { editPersonButton } from './edit-person-button';
import { editPersonSubmission } from './edit-person-submission';
import { newContactSubmission } from './new-contact-submission';
import { openNewContactButton } from './open-new-contact-button';
import { organizationPersonsButton } from './organization-persons-button';
import { organizationPickerOptions, personPickerOptions } from './picker-options';
import { restoreOrganizationButton } from './restore-organization-button';
import { restorePersonButton } from './restore-person-button';
import { showOrganizationButton } from './show-organization-button';
import { showPersonButton } from './show-person-button';

/**
 * The contact register in Slack (product §2): `/contact`, its modals and card buttons
 * (pages of an organization's persons, *Restore* for admins), and the options of
 * every person and organization picker. *Log activity* and *All activities* on
 * cards belong to the activity listeners.
 */
export function registerContactListeners(app: App, deps: ContactListenerDeps): void {
  app.command(COMMANDS.contact, contactCommand(deps));
  app.action<BlockAction<RadioButtonsAction>>(CONTACT_ACTIONS.kind, contactKindAction);
  app.action<BlockAction<ButtonAction>>(CONTACT_ACTIONS.openNew, openNewContactButton);
  app.action<BlockAction<ButtonAction>>(actionPattern(CONTACT_ACTIONS.showPerson), showPersonButton(deps));
  app.action<BlockAction<ButtonAction>>(
    actionPattern(CONTACT_ACTIONS.showOrganization),
    showOrganizationButton(deps),
  );
  app.action<BlockAction<ButtonAction>>(actionPattern(CONTACT_ACTIONS.editPerson), editPersonButton(deps));
  app.action<BlockAction<ButtonAction>>(
    actionPattern(CONTACT_ACTIONS.editOrganization),
    editOrganizationButton(deps),
  );
  app.action<BlockAction<ButtonAction>>(CONTACT_ACTIONS.restorePerson, restorePersonButton(deps));
  app.action<BlockAction<ButtonAction>>(CONTACT_ACTIONS.restoreOrganization, restoreOrganizationButton(deps));
  app.action<BlockAction<ButtonAction>>(
    actionPattern(CONTACT_ACTIONS.organizationPersons),
    organizationPersonsButton(deps),
  );
  app.view(CONTACT_CALLBACKS.newContact, newContactSubmission(deps));
  app.view(CONTACT_CALLBACKS.editPerson, editPersonSubmission(deps));
  app.view(CONTACT_CALLBACKS.editOrganization, editOrganizationSubmission(deps));
  app.options({ action_id: PERSON_PICKER }, personPickerOptions(deps));
  app.options({ action_id: ORGANIZATION_PICKER }, organizationPickerOptions(deps));
}
