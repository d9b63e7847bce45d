import { acknowledgedBy } from '../acting-user';
import type { ListenerDeps } from '../deps';
import type { ButtonArgs } from './activity-button';
import { drawListPage } from './draw-list-page';

/**
 * *All activities* on an organization card: a new ephemeral list of the activities
 * linked to it that the viewer may see, newest first, with filters and paging.
 */
export function listForOrganizationButton(deps: ListenerDeps) {
  return async (args: ButtonArgs) => {
    const user = await acknowledgedBy(args);
    const organizationId = Number(args.action.value);
    if (!Number.isInteger(organizationId) || organizationId <= 0) return;
    const page = await drawListPage(deps, user, { filter: 'all', organizationId, page: 1, cursor: null });
    if (!page) return;
    if (args.body.response_url) {
      await args.respond({ response_type: 'ephemeral', replace_original: false, ...page });
    } else {
      await args.client.chat.postMessage({ channel: user.viewer.slackUserId, ...page });
    }
  };
}
