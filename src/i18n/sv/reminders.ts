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
    duration: 'Ange en längd från 5 till 1440 minuter.',
    followUpStart: 'Välj när uppföljningen börjar.',
    followUpType: 'Välj uppföljningens typ.',
  },
  folded: {
    assigned: (count: number, who: string) =>
      count === 1
        ? `:bust_in_silhouette: *1 ny aktivitet har tilldelats dig av ${who}*`
        : `:bust_in_silhouette: *${count} nya aktiviteter har tilldelats dig av ${who}*`,
    waiting: (count: number) =>
      count === 1
        ? ':sunrise: *Medan du var ledig väntade 1 sak på din arbetstid*'
        : `:sunrise: *Medan du var ledig väntade ${count} saker på din arbetstid*`,
    someone: 'någon',
  },
  outcome: {
    question: (person: string) => `:speech_balloon: *Hur gick det med ${person}?*`,
    ended: (when: string) => `Slutade ${when}`,
    done: 'Klar…',
    notYet: 'Inte än',
    reschedule: 'Boka om',
    postponed: (when: string) => `:hourglass_flowing_sand: Jag frågar igen ${when}.`,
    recorded: ':white_check_mark: Klar, med utfallet i noteringarna.',
    followUpPlanned: (id: number, when: string) => `:calendar: Uppföljning #${id} planerad till ${when}.`,
    rescheduled: (when: string) => `:calendar: Ombokad: den börjar nu ${when}.`,
    title: 'Hur gick det?',
    rescheduleTitle: 'Boka om',
    save: 'Spara',
    cancel: 'Avbryt',
    notes: 'Utfall',
    notesHint: 'Läggs till i aktivitetens noteringar med dagens datum och tid.',
    notesPlaceholder: 'Vad hände, och vad kom ni överens om',
    followUp: 'Planera uppföljning',
    followUpOption: 'Planera en uppföljning med samma person',
    followUpStart: 'Uppföljningen börjar',
    followUpType: 'Uppföljningens typ',
    newStart: 'Ny start',
  },
  admin: {
    lead: 'Påminnelse',
    leadHint: 'Fylls i som Påminn mig när någon registrerar en aktivitet av typen; det går att ändra.',
    summary: (lead: string) => `påminnelse: ${lead}`,
    askOutcome: 'När den är slut',
    askOutcomeOption: 'Fråga den ansvariga hur det gick',
    duration: 'Standardlängd (minuter)',
    durationHint: 'När en aktivitet saknar slut räknas den som slut så här långt efter starten.',
    asksOutcome: (minutes: number) => `frågar hur det gick (varar ${minutes} min)`,
  },
};
