/** The parts of the one-line summary of the workspace settings, each already in words. */
export interface SettingsSummary {
  language: string;
  timezone: string;
  holidays: string;
  hours: string;
  days: string;
}

/** English strings of /activity admin → Workspace settings. sv/workspace.ts has the same keys. */
export const workspace = {
  heading: 'Workspace settings',
  summary: (s: SettingsSummary) => `${s.language} · ${s.timezone} · ${s.holidays} · ${s.hours} ${s.days}`,
  holidaysOf: (country: string) => `public holidays of ${country}`,
  noHolidays: 'no public holidays',
  open: 'Change…',
  title: 'Workspace settings',
  save: 'Save',
  cancel: 'Cancel',
  intro:
    'For the whole workspace, and in effect at once: team digests, due dates counted in working days, and the digests of people who start using Touchbase follow these.',
  language: 'Language',
  languageHint:
    'Of team digests in channels, and for people whose language Slack does not tell Touchbase. Everyone else reads their own.',
  languages: { en: 'English', sv: 'Svenska (Swedish)' },
  timezone: 'Time zone',
  timezoneHint:
    'Team digests go out at their hour in this zone; people whose Slack profile has no time zone use it. Type to search, e.g. Stockholm or New York.',
  holidayCountry: 'Public holidays',
  holidayCountryHint:
    'No digests on this country’s public holidays, and they are not working days. Type to search by name or two-letter code.',
  noHolidayCountry: 'None',
  country: (name: string, code: string) => `${name} (${code})`,
  workDayStart: 'Working day starts',
  workDayEnd: 'Working day ends',
  workHoursHint: 'People who start using Touchbase get their daily digest at the start hour.',
  workDays: 'Working days',
  workDaysHint: '“Due in 2 working days” counts these days; new people get their digest on them.',
  saved: 'Saved the workspace settings.',
  unchanged: 'The workspace settings were already so; nothing changed.',
  errors: {
    locale: 'Choose English or Swedish.',
    timezone: 'Choose a time zone from the list: an IANA name such as Europe/Stockholm.',
    holidayCountry: 'Choose a country from the list, or None.',
    workTime: 'Choose a time from the list.',
    workDayEnd: 'The working day must end after it starts.',
    workDays: 'Choose at least one working day.',
  },
};
