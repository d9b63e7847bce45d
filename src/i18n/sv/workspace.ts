import type { workspace as english, SettingsSummary } from '../en/workspace';

/** Svenska texter för /activity admin → Arbetsytans inställningar. Samma nycklar som ../en/workspace.ts. */
export const workspace: typeof english = {
  heading: 'Arbetsytans inställningar',
  summary: (s: SettingsSummary) => `${s.language} · ${s.timezone} · ${s.holidays} · ${s.hours} ${s.days}`,
  holidaysOf: (country: string) => `helgdagar i ${country}`,
  noHolidays: 'inga helgdagar',
  open: 'Ändra…',
  title: 'Arbetsytan',
  save: 'Spara',
  cancel: 'Avbryt',
  intro:
    'Gäller hela arbetsytan och börjar gälla direkt: teamsammanfattningarna, förfallodagar som räknas i arbetsdagar och sammanfattningarna till den som börjar använda Touchbase följer dem.',
  language: 'Språk',
  languageHint:
    'I teamsammanfattningar i kanaler, och för den vars språk Slack inte berättar för Touchbase. Alla andra får sitt eget språk.',
  languages: { en: 'English (engelska)', sv: 'Svenska' },
  timezone: 'Tidszon',
  timezoneHint:
    'Teamens sammanfattningar skickas på teamets klockslag i den här tidszonen, och den vars Slack-profil saknar tidszon får den. Skriv för att söka, t.ex. Stockholm eller New York.',
  holidayCountry: 'Helgdagar',
  holidayCountryHint:
    'Inga sammanfattningar på landets helgdagar, och de räknas inte som arbetsdagar. Skriv för att söka på namn eller landskod.',
  noHolidayCountry: 'Inga',
  country: (name: string, code: string) => `${name} (${code})`,
  workDayStart: 'Arbetsdagen börjar',
  workDayEnd: 'Arbetsdagen slutar',
  workHoursHint: 'Den som börjar använda Touchbase får sin dagliga sammanfattning när arbetsdagen börjar.',
  workDays: 'Arbetsdagar',
  workDaysHint: '”Klar om 2 arbetsdagar” räknar de här dagarna; nya användare får sin sammanfattning på dem.',
  saved: 'Arbetsytans inställningar är sparade.',
  unchanged: 'Inställningarna var redan sådana; inget ändrades.',
  errors: {
    locale: 'Välj engelska eller svenska.',
    timezone: 'Välj en tidszon i listan: ett IANA-namn som Europe/Stockholm.',
    holidayCountry: 'Välj ett land i listan, eller Inga.',
    workTime: 'Välj en tid i listan.',
    workDayEnd: 'Arbetsdagen måste sluta efter att den börjar.',
    workDays: 'Välj minst en arbetsdag.',
  },
};
