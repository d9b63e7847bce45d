import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { isWorkingDate, type WorkCalendar } from '../calendar/work-calendar';

// A calendar with working days at all never needs more than this to find the next one.
const MAX_STEPS_PER_DAY = 400;

/**
 * "Due in N working days" (product §3.5) from a moment: the workspace's working weekdays
 * (Monday to Friday unless an admin chose others), skipping its country's public
 * holidays, counted in the user's own time zone, keeping the time of day.
 */
export function addWorkingDays(
  from: Date,
  days: number,
  { timezone, calendar }: { timezone: string; calendar: WorkCalendar },
): Date {
  let day = new TZDate(from, timezone);
  let counted = 0;
  for (let steps = 0; counted < days && steps < MAX_STEPS_PER_DAY * days; steps += 1) {
    day = addDays(day, 1);
    if (isWorkingDate(calendar, format(day, 'yyyy-MM-dd'), Number(format(day, 'i')))) counted += 1;
  }
  return new Date(day.getTime());
}
