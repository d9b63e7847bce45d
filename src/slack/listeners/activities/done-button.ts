import type { ListenerDeps } from '../deps';
import { activityButton } from './activity-button';

/** *Done now* (the seed's clock icon). */
export const doneButton = (deps: ListenerDeps) =>
  activityButton(
    deps,
    (user, id, expected) => deps.activities.complete.execute(user.viewer, id, expected),
    ({ m }, record) => m.activities.notices.completed(record.id),
  );
