import type { RemindLaterMinutes } from '../../../domain/reminders/snooze-reminder';
import { formatDateTime } from '../../views/format';
import { activityButton } from '../activities/activity-button';
import type { ListenerDeps } from '../deps';

/** A reminder's *Snooze 15 min / 1 hour*: the activity stays; the reminder comes again then. */
export const remindLaterButton = (deps: ListenerDeps, minutes: RemindLaterMinutes) =>
  activityButton(
    deps,
    (user, id, expected) => deps.reminders.snooze.execute(user.viewer, { id, minutes, expected }),
    ({ m, viewer }, record) =>
      m.reminders.remindAgain(
        formatDateTime(record.remindAt ?? new Date(deps.clock.now().getTime() + minutes * 60_000), viewer),
      ),
  );
