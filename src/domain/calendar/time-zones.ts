/** Zones offered first when an admin picks a time zone, before they type anything. */
export const COMMON_TIME_ZONES = [
  'Europe/Stockholm',
  'Europe/Oslo',
  'Europe/Copenhagen',
  'Europe/Helsinki',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Berlin',
  'Europe/Amsterdam',
  'Europe/Paris',
  'Europe/Madrid',
  'Europe/Warsaw',
  'Atlantic/Reykjavik',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Sydney',
  'UTC',
] as const;

let names: string[] | undefined;

/** Every IANA time zone name this runtime knows (ICU's canonical list, plus UTC). */
export function timeZoneNames(): string[] {
  names ??= [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort();
  return names;
}

/**
 * An IANA zone name the runtime can compute with: "Europe/Stockholm", "UTC", or an
 * alias such as "Europe/Kiev". Offsets ("+01:00") and abbreviations are not zones.
 */
export function isIanaTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value)) return false;
  if (timeZoneNames().includes(value)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.includes('/');
  } catch {
    return false;
  }
}
