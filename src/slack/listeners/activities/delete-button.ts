import type { ListenerDeps } from '../deps';
import { activityButton } from './activity-button';

/** *Delete*: the message then shows the activity as deleted, with *Undo*. */
export const deleteButton = (deps: ListenerDeps) =>
  activityButton(
    deps,
    (viewer, id) => deps.activities.delete.execute(viewer, id),
    (m, id) => m.activities.notices.deleted(id),
  );
