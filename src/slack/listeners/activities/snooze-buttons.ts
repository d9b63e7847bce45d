import type { SnoozeChoice } from '../../../domain/activities/snooze-activity';
import { workCalendar } from '../../../domain/calendar/work-calendar';
import { formatDateTime } from '../../views/format';
import type { ListenerDeps } from '../deps';
import { activityButton } from './activity-button';

/** The digest hour of people Slack has not told us about yet: the default of Settings. */
const DEFAULT_DIGEST_HOUR = 8;

/** *Snooze*: to tomorrow or next Monday at the user's digest hour, in their time zone. */
export const snoozeButton = (deps: ListenerDeps, choice: SnoozeChoice) =>
  activityButton(
    deps,
    (user, id, expected) =>
      deps.activities.snooze.execute(user.viewer, {
        id,
        choice,
        digestHour: user.employee?.digestHour ?? DEFAULT_DIGEST_HOUR,
        calendar: workCalendar(user.workspace),
        expected,
      }),
    ({ m, viewer }, record) => m.activities.notices.snoozed(record.id, formatDateTime(record.dueAt, viewer)),
  );
