import type { ListenerDeps } from '../deps';
import { activityButton } from './activity-button';

/** *Start*: Not started → In progress. */
export const startButton = (deps: ListenerDeps) =>
  activityButton(
    deps,
    (user, id, expected) => deps.activities.start.execute(user.viewer, id, expected),
    ({ m }, record) => m.activities.notices.started(record.id),
  );
