import { acknowledgedBy } from '../acting-user';
import type { ListenerDeps } from '../deps';
import type { ButtonArgs } from './activity-button';
import { drawListPage } from './draw-list-page';

/** *All activities* on a person card: a new ephemeral list of that person's activities the viewer may see. */
export function listForPersonButton(deps: ListenerDeps) {
  return async (args: ButtonArgs) => {
    const user = await acknowledgedBy(args);
    const personId = Number(args.action.value);
    if (!Number.isInteger(personId) || personId <= 0) return;
    const page = await drawListPage(deps, user, { filter: 'all', personId, page: 1, cursor: null });
    if (!page) return;
    if (args.body.response_url) {
      await args.respond({ response_type: 'ephemeral', replace_original: false, ...page });
    } else {
      await args.client.chat.postMessage({ channel: user.viewer.slackUserId, ...page });
    }
  };
}
