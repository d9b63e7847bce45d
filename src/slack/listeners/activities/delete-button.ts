import { withNextOccurrence } from '../../views/activities/repeat-text';
import type { ListenerDeps } from '../deps';
import { activityButton } from './activity-button';

/**
 * *Delete*: the message then shows the activity as deleted, with *Undo*. An occurrence
 * of a series is deleted as "this one only": the notice says when the next one is.
 */
export const deleteButton = (deps: ListenerDeps) =>
  activityButton(
    deps,
    (user, id, expected) => deps.activities.delete.execute(user.viewer, id, expected),
    (user, record) => withNextOccurrence(user, user.m.activities.notices.deleted(record.id), record),
  );
