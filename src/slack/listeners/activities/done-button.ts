import { withNextOccurrence } from '../../views/activities/repeat-text';
import type { ListenerDeps } from '../deps';
import { activityButton } from './activity-button';

/** *Done now* (the seed's clock icon); completing an occurrence says when the next one is (product §3.6). */
export const doneButton = (deps: ListenerDeps) =>
  activityButton(
    deps,
    (user, id, expected) => deps.activities.complete.execute(user.viewer, id, expected),
    (user, record) => withNextOccurrence(user, user.m.activities.notices.completed(record.id), record),
  );
