import type { ListenerDeps } from '../deps';
import { activityButton } from './activity-button';

/** *Undo* of a delete. */
export const undoButton = (deps: ListenerDeps) =>
  activityButton(
    deps,
    (user, id) => deps.activities.restore.execute(user.viewer, id),
    ({ m }, record) => m.activities.notices.restored(record.id),
  );
