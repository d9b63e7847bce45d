import type { ListenerDeps } from '../deps';
import { activityButton } from './activity-button';

/** *Done now* (the seed's clock icon). */
export const doneButton = (deps: ListenerDeps) =>
  activityButton(
    deps,
    (viewer, id) => deps.activities.complete.execute(viewer, id),
    (m, id) => m.activities.notices.completed(id),
  );
