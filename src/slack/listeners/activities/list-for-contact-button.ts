import { acknowledgedBy } from '../acting-user';
import type { ListenerDeps } from '../deps';
import type { ButtonArgs } from './activity-button';
import { drawListPage } from './draw-list-page';

/**
 * *All activities* on a contact card (the button's value is the contact's id): a new
 * ephemeral list of the activities about that person, or linked to that organization,
 * that the viewer may see, newest first, with filters and paging.
 */
export function listForContactButton(deps: ListenerDeps, contact: 'personId' | 'organizationId') {
  return async (args: ButtonArgs) => {
    const user = await acknowledgedBy(args);
    const id = Number(args.action.value);
    if (!Number.isInteger(id) || id <= 0) return;
    const page = await drawListPage(deps, user, { filter: 'all', [contact]: id, page: 1, cursor: null });
    if (!page) return;
    if (args.body.response_url) {
      await args.respond({ response_type: 'ephemeral', replace_original: false, ...page });
    } else {
      await args.client.chat.postMessage({ channel: user.viewer.slackUserId, ...page });
    }
  };
}
