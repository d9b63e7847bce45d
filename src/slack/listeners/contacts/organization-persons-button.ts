import { organizationCardMessage } from '../../views/contacts/organization-card';
import type { ButtonArgs } from './card-buttons';
import { redrawCard } from './card-buttons';
import type { ContactListenerDeps } from './contact-deps';

/** *More persons* / *Previous* on an organization card: the card again, on that page of its persons. */
export function organizationPersonsButton(deps: ContactListenerDeps) {
  return (args: ButtonArgs) =>
    redrawCard(args, async ({ viewer, m, id }) => {
      const page = Number(args.action.action_id.split(':').at(-1));
      const card = await deps.contacts.organizationCard.execute(viewer, id, page);
      return organizationCardMessage(m, viewer, { card });
    });
}
