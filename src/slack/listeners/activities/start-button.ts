import type { ListenerDeps } from '../deps';
import { activityButton } from './activity-button';

/** *Start*: Not started → In progress. */
export const startButton = (deps: ListenerDeps) =>
  activityButton(
    deps,
    (viewer, id) => deps.activities.start.execute(viewer, id),
    (m, id) => m.activities.notices.started(id),
  );
