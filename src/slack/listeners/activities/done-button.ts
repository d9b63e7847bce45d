import { nextOccurrenceNotice } from '../../views/activities/repeat-text';
import type { ListenerDeps } from '../deps';
import { activityButton } from './activity-button';

/** *Done now* (the seed's clock icon). */
export const doneButton = (deps: ListenerDeps) =>
  activityButton(
    deps,
    (user, id, expected) => deps.activities.complete.execute(user.viewer, id, expected),
    // product §3.6: completing an occurrence says when the next one is.
    (user, record) =>
      [user.m.activities.notices.completed(record.id), nextOccurrenceNotice(user, record)]
        .filter((line) => line !== null)
        .join(' '),
  );
