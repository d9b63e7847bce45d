import { TZDate } from '@date-fns/tz';
import { addBusinessDays } from 'date-fns/addBusinessDays';

/**
 * "Due in N working days" (SPEC 3.5) from a moment, Monday to Friday in the
 * user's own time zone, keeping the time of day.
 */
export function addWorkingDays(from: Date, days: number, timezone: string): Date {
  return new Date(addBusinessDays(new TZDate(from, timezone), days).getTime());
}
