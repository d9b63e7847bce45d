import type { OverflowAction } from '@slack/bolt';
import { isSnoozeChoice } from '../../../domain/activities/snooze-activity';
import { workCalendar } from '../../../domain/calendar/work-calendar';
import { formatDateTime } from '../../views/format';
import type { ListenerDeps } from '../deps';
import { homeItemAction } from './home-item-action';

/** *Snooze* in App Home: until tomorrow or next Monday, at the user's digest hour. */
export const homeSnoozeMenu = (deps: ListenerDeps) =>
  homeItemAction(deps, async (user, id, { action }) => {
    const choice = (action as OverflowAction).selected_option?.value;
    if (!isSnoozeChoice(choice)) return null;
    const record = await deps.activities.snooze.execute(user.viewer, {
      id,
      choice,
      digestHour: user.employee?.digestHour ?? 8,
      calendar: workCalendar(user.workspace),
      // The Home lists the viewer's own activities only: one handed over meanwhile is no longer theirs to move.
      expected: { responsibleId: user.viewer.employeeId },
    });
    return user.m.home.snoozed(id, formatDateTime(record.dueAt, user.viewer));
  });
