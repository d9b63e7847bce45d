import type * as en from '../en/reminders';

/** Påminnelser före en aktivitet (produkt §5.4). Samma nycklar som en/reminders.ts. */
export const reminders: typeof en.reminders = {
  leadNone: 'Ingen påminnelse',
  leadAtStart: 'När den börjar',
  leadBefore: (minutes: number) =>
    minutes === 1440 ? '1 dag före' : minutes === 60 ? '1 timme före' : `${minutes} minuter före`,
  title: (when: string) => `:alarm_clock: *Påminnelse:* börjar ${when}`,
  titleStarted: (when: string) => `:alarm_clock: *Påminnelse:* började ${when}`,
  start: 'Start',
  notes: 'Noteringar',
  later15: ':zzz: 15 min',
  later60: ':zzz: 1 timme',
  open: 'Öppna',
  remindAgain: (when: string) => `:zzz: Jag påminner dig igen ${when}.`,
  done: ':white_check_mark: Klar – inget mer att påminna om.',
  handedOver: (who: string) => `:bust_in_silhouette: Överlämnad till ${who}, som får påminnelsen i stället.`,
  moved: (when: string) => `:calendar: Flyttad: den börjar nu ${when}.`,
  movedRemindAgain: (when: string) =>
    `:calendar: Flyttad: den börjar nu ${when}. Du får en ny påminnelse innan dess.`,
  turnedOff: 'Påminnelsen för den här aktiviteten är avstängd.',
  notYours: 'Bara den ansvariga kan skjuta upp påminnelsen.',
  errors: {
    lead: 'Välj en påminnelsetid i listan.',
  },
  admin: {
    lead: 'Påminnelse',
    leadHint: 'Fylls i som Påminn mig när någon registrerar en aktivitet av typen; det går att ändra.',
    summary: (lead: string) => `påminnelse: ${lead}`,
  },
};
