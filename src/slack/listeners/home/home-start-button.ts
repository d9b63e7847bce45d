import type { ListenerDeps } from '../deps';
import { homeItemAction } from './home-item-action';

/** *Start* in App Home: Not started → In progress. */
export const homeStartButton = (deps: ListenerDeps) =>
  homeItemAction(deps, async (user, id) => {
    await deps.activities.start.execute(user.viewer, id, { responsibleId: user.viewer.employeeId });
    return user.m.activities.notices.started(id);
  });
