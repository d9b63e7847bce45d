import type { Workspace } from '../workspaces/workspace';
import { isPublicHoliday } from './holidays';

/** Which local dates are working days: the workspace's working weekdays, minus its country's holidays. */
export interface WorkCalendar {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  workDays: readonly number[];
  holidayCountry: string | null;
}

/** Monday to Friday, no holidays: the calendar of a workspace that set nothing else. */
export const PLAIN_WEEK: WorkCalendar = { workDays: [1, 2, 3, 4, 5], holidayCountry: null };

export function workCalendar(workspace: Pick<Workspace, 'workDays' | 'holidayCountry'>): WorkCalendar {
  return {
    workDays: workspace.workDays.length > 0 ? workspace.workDays : PLAIN_WEEK.workDays,
    holidayCountry: workspace.holidayCountry,
  };
}

/** Whether `localDate` (YYYY-MM-DD, already local) is a working day; `isoWeekday` is its weekday. */
export function isWorkingDate(calendar: WorkCalendar, localDate: string, isoWeekday: number): boolean {
  return calendar.workDays.includes(isoWeekday) && !isPublicHoliday(calendar.holidayCountry, localDate);
}
