import { organizationCardMessage } from '../../views/contacts/organization-card';
import { answerWithMessage, type ButtonArgs } from './card-buttons';
import type { ContactListenerDeps } from './contact-deps';

/** *Show* on a search result: the organization's full card with its persons and activities. */
export function showOrganizationButton(deps: ContactListenerDeps) {
  return (args: ButtonArgs) =>
    answerWithMessage(args, async ({ viewer, m, id }) =>
      organizationCardMessage(m, viewer, { card: await deps.contacts.organizationCard.execute(viewer, id) }),
    );
}
