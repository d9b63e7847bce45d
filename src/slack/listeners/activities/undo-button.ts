import type { RestoredActivity } from '../../../domain/activities/restore-activity';
import type { Messages } from '../../../i18n';
import type { ListenerDeps } from '../deps';
import { activityButton } from './activity-button';

/** What an undo did to the series of a restored occurrence (product §3.6), or nothing to say. */
function seriesNotice(m: Messages, restored: RestoredActivity): string | null {
  switch (restored.series?.kind) {
    case 'resumed':
      return m.recurrence.resumed;
    case 'replaced':
      return m.recurrence.resumedReplacing(restored.series.removedId);
    case 'detached':
      return m.recurrence.detached;
    default:
      return null;
  }
}

/** *Undo* of a delete (and *Restore* in the trash). */
export const undoButton = (deps: ListenerDeps) =>
  activityButton(
    deps,
    (user, id) => deps.activities.restore.execute(user.viewer, id),
    ({ m }, record) =>
      [m.activities.notices.restored(record.id), seriesNotice(m, record)].filter(Boolean).join(' '),
  );
