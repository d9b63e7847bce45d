import { decodeTrashMoreValue } from '../../views/activities/activity-actions';
import { plainMessage } from '../../views/activities/activity-card';
import { acknowledgedBy } from '../acting-user';
import type { ListenerDeps } from '../deps';
import type { ButtonArgs } from './activity-button';
import { replaceMessage } from './replace-message';
import { drawTrashPage } from './trash-page';

/** *More* under the trash: the next page takes the place of the one shown. */
export function trashMoreButton(deps: ListenerDeps) {
  return async (args: ButtonArgs) => {
    const user = await acknowledgedBy(args);
    const more = decodeTrashMoreValue(args.action.value);
    const page = more ? await drawTrashPage(deps, user, { page: more.n, cursor: more.x }) : null;
    await replaceMessage(args, page ?? plainMessage(user.m.activities.command.usage));
  };
}
