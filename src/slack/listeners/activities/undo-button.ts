import type { ListenerDeps } from '../deps';
import { activityButton } from './activity-button';

/** *Undo* of a delete. */
export const undoButton = (deps: ListenerDeps) =>
  activityButton(
    deps,
    (viewer, id) => deps.activities.restore.execute(viewer, id),
    (m, id) => m.activities.notices.restored(id),
  );
