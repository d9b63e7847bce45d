import type * as en from '../en/settings';

/** Inställningar (`/activity settings`, knappen i Hem-fliken). */
export const settings: typeof en.settings = {
  title: 'Inställningar',
  save: 'Spara',
  cancel: 'Avbryt',
  close: 'Stäng',
  language: 'Språk',
  languageAuto: 'Automatiskt (från Slack)',
  languageSv: 'Svenska',
  languageEn: 'English',
  digest: 'Daglig sammanfattning',
  digestOn: 'På: skicka mig dagens aktiviteter',
  digestOff: 'Av',
  digestHour: 'Tid för sammanfattningen',
  digestHourHint: 'I din tidszon i Slack.',
  digestDays: 'Dagar för sammanfattningen',
  reminders: 'Påminnelser',
  remindersOn: 'På: påminn mig innan mina aktiviteter börjar',
  remindersOff: 'Av',
  remindersHint: 'Hur lång tid innan väljs per aktivitet (Påminn mig) och per aktivitetstyp.',
  workStart: 'Arbetstid från',
  workEnd: 'Arbetstid till',
  workHoursHint:
    'Påminnelser, ”Hur gick det?” och nya tilldelningar väntar utanför din arbetstid, om inte aktiviteten själv äger rum då, och kommer samlade när du börjar.',
  workDays: 'Arbetsdagar',
  workDaysHint: 'Helgdagar i arbetsytans land är också lediga.',
  weekdays: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  saved: ':white_check_mark: Dina inställningar är sparade.',
  errors: {
    locale: 'Välj ett språk i listan.',
    hour: 'Välj en timme från 00:00 till 23:00.',
    days: 'Välj dagar i listan.',
    noDays: 'Välj minst en dag, eller stäng av sammanfattningen.',
    workHours: 'Arbetstiden måste sluta efter att den börjar.',
    workDays: 'Välj minst en arbetsdag.',
  },
};
