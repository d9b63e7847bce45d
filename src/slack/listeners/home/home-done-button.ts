import type { ListenerDeps } from '../deps';
import { homeItemAction } from './home-item-action';

/** *Done now* in App Home. */
export const homeDoneButton = (deps: ListenerDeps) =>
  homeItemAction(deps, async (user, id) => {
    const completed = await deps.activities.complete.execute(user.viewer, id, {
      responsibleId: user.viewer.employeeId,
    });
    return { notice: user.m.activities.notices.completed(id), completed };
  });
