import type { ListenerDeps } from '../deps';
import { activityButton } from './activity-button';

/** *Stop repeating* (product §3.6): the series ends; the activity stays as a single one. */
export const stopRepeatingButton = (deps: ListenerDeps) =>
  activityButton(
    deps,
    (user, id) => deps.activities.stopRepeating.execute(user.viewer, id),
    ({ m }, record) => m.recurrence.stopped(record.id),
  );
