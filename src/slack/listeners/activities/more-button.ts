import { decodeMoreValue } from '../../views/activities/activity-actions';
import { plainMessage } from '../../views/activities/activity-card';
import { acknowledgedBy } from '../acting-user';
import type { ListenerDeps } from '../deps';
import type { ButtonArgs } from './activity-button';
import { drawListPage } from './draw-list-page';
import { replaceMessage } from './replace-message';

/** *More* (the next page) or a filter button: that page takes the place of the one shown. */
export function moreButton(deps: ListenerDeps) {
  return async (args: ButtonArgs) => {
    const user = await acknowledgedBy(args);
    const more = decodeMoreValue(args.action.value);
    const page = more
      ? await drawListPage(deps, user, {
          filter: more.f,
          responsibleSlackUserId: more.r,
          personId: more.p,
          organizationId: more.o,
          page: more.n,
          cursor: more.x,
        })
      : null;
    await replaceMessage(args, page ?? plainMessage(user.m.activities.command.usage));
  };
}
