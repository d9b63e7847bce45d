import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { organizationCardMessage } from '../../views/contacts/organization-card';
import { personCardMessage } from '../../views/contacts/person-card';
import { noMatchMessage, searchResultsMessage } from '../../views/contacts/search-results';
import type { SlackMessage } from '../../views/help-view';
import { actingUser } from '../acting-user';
import type { ContactListenerDeps } from './contact-deps';

export const SEARCH_PERSONS = 5;
export const SEARCH_ORGANIZATIONS = 3;

/**
 * `/contact <text>`, answered in the command's ack (only the user sees it): one
 * match shows its card at once, several a list, none an offer to create it.
 */
export async function answerSearch(
  deps: ContactListenerDeps,
  { ack, context }: SlackCommandMiddlewareArgs & AllMiddlewareArgs,
  text: string,
): Promise<void> {
  await ack({ response_type: 'ephemeral', ...(await searchMessage(deps, actingUser(context), text)) });
}

async function searchMessage(
  deps: ContactListenerDeps,
  { viewer, m, workspace }: ReturnType<typeof actingUser>,
  text: string,
): Promise<SlackMessage> {
  const { contacts } = deps;
  // Admins find archived contacts too (marked, after the active ones), to restore them.
  const matches = await contacts.search.both(workspace.id, text, {
    persons: SEARCH_PERSONS,
    organizations: SEARCH_ORGANIZATIONS,
    includeArchived: viewer.isAdmin,
  });
  const [person] = matches.persons;
  const [organization] = matches.organizations;
  const count = matches.persons.length + matches.organizations.length;
  if (count === 0) return noMatchMessage(m, text);
  if (count === 1 && person)
    return personCardMessage(m, viewer, { card: await contacts.personCard.execute(viewer, person.id) });
  if (count === 1 && organization)
    return organizationCardMessage(m, viewer, {
      card: await contacts.organizationCard.execute(viewer, organization.id),
    });
  return searchResultsMessage(m, text, matches);
}
