import { ActivityNotFoundError } from '../../../domain/activities/activity-errors';
import { mayDelete } from '../../../domain/activities/activity-visibility';
import { asksSeriesScope, type SeriesScope } from '../../../domain/recurrence/series-scope';
import { ruleInWords, withNextOccurrence } from '../../views/activities/repeat-text';
import type { ListenerDeps } from '../deps';
import { activityButton } from './activity-button';

/**
 * *Delete*: the message then shows the activity as deleted, with *Undo*. On the open
 * occurrence of a series it first asks (product §3.6): *Delete this one* (the series makes
 * its next occurrence; the notice says when) or *Delete this and following* (the series ends).
 */
export const deleteButton = (deps: ListenerDeps) =>
  activityButton(
    deps,
    async (user, id, expected) => {
      const record = await deps.activities.get.getVisible(user.viewer, id);
      if (record && asksSeriesScope(record) && mayDelete(user.viewer, record) && record.recurrence) {
        const rule = `${user.m.recurrence.mark} ${ruleInWords(user, record.recurrence, record.startAt)}`;
        return { asking: record, question: user.m.recurrence.deleteQuestion(id, rule) };
      }
      return deps.activities.delete.execute(user.viewer, id, expected);
    },
    (user, record) => withNextOccurrence(user, user.m.activities.notices.deleted(record.id), record),
  );

/** The answers to the question: delete this occurrence only, or it and the rest of its series. */
export const deleteInScopeButton = (deps: ListenerDeps, scope: SeriesScope) =>
  activityButton(
    deps,
    (user, id, expected) => deps.activities.delete.execute(user.viewer, id, { ...expected, scope }),
    // One that stopped repeating before the answer was deleted as a single activity.
    (user, record) =>
      scope === 'following' && record.recurrence !== null
        ? user.m.recurrence.deletedFollowing(record.id)
        : withNextOccurrence(user, user.m.activities.notices.deleted(record.id), record),
  );

/** *Cancel*: nothing deleted; the activity's buttons come back. */
export const keepButton = (deps: ListenerDeps) =>
  activityButton(
    deps,
    async (user, id) => {
      const record = await deps.activities.get.getVisible(user.viewer, id);
      if (!record) throw new ActivityNotFoundError(id);
      return record;
    },
    (user, record) => user.m.recurrence.kept(record.id),
  );
