import type { ListenerDeps } from '../deps';
import { activityButton } from './activity-button';

/** *Delete*: the message then shows the activity as deleted, with *Undo*. */
export const deleteButton = (deps: ListenerDeps) =>
  activityButton(
    deps,
    (user, id, expected) => deps.activities.delete.execute(user.viewer, id, expected),
    ({ m }, record) => m.activities.notices.deleted(record.id),
  );
