import type { admin as english } from '../en/admin';

/** Svenska texter för `/activity admin`, samma nycklar som ../en/admin.ts. */
export const admin: typeof english = {
  title: 'Touchbase admin',
  close: 'Stäng',
  cancel: 'Avbryt',
  save: 'Spara',
  notAdmin:
    'Bara Touchbase-administratörer kan ändra aktivitetstyper, team och API-nycklar. Be en administratör eller ägare av Slack-arbetsytan att göra ändringen åt dig, eller be den som driver Touchbase att göra dig till administratör.',
  refusedHeading: 'Endast för administratörer',
  types: {
    heading: 'Aktivitetstyper',
    intro:
      'Typerna som väljs när en aktivitet registreras, i den här ordningen. Arkiverade typer finns kvar på gamla aktiviteter men kan inte längre väljas.',
    add: 'Lägg till typ',
    archived: 'arkiverad',
    noDefaults: 'inga standardvärden',
    subject: (subject: string) => `ämne ”${subject}”`,
    due: (days: number) =>
      days === 0 ? 'klar samma dag' : days === 1 ? 'klar om 1 arbetsdag' : `klar om ${days} arbetsdagar`,
    followUp: (name: string) => `uppföljning: ${name}`,
    followUpArchived: (name: string) => `uppföljning: ${name} (arkiverad)`,
    range: (from: number, to: number, total: number) => `Typ ${from}–${to} av ${total}`,
    previous: '◀ Föregående',
    next: 'Nästa ▶',
    menu: {
      rename: 'Byt namn eller flytta…',
      defaults: 'Standardvärden…',
      moveUp: 'Flytta upp',
      moveDown: 'Flytta ned',
      archive: 'Arkivera',
      unarchive: 'Återaktivera',
    },
    addTitle: 'Ny aktivitetstyp',
    renameTitle: 'Byt namn eller flytta',
    defaultsTitle: 'Standardvärden',
    defaultsFor: (name: string) =>
      `Fylls i när någon väljer *${name}*. Lämna ett fält tomt om inget ska fyllas i.`,
    nameIn: { en: 'Namn på engelska', sv: 'Namn på svenska' },
    nameHint:
      'Båda krävs, högst 60 tecken vardera; två aktiva typer får inte heta likadant. Skriv samma ord två gånger när båda språken använder det (SMS).',
    otherName: (name: string) => `på engelska: ${name}`,
    position: 'Plats',
    positionHint: (count: number) => `1 är först, ${count} är sist.`,
    defaultSubject: 'Förvalt ämne',
    dueDays: 'Klar efter (arbetsdagar)',
    dueDaysHint: '0 betyder samma dag. Sätter slut på en ny aktivitet av den här typen.',
    followUpType: 'Föreslagen uppföljningstyp',
    followUpHint: 'Föreslås av Planera uppföljning när en aktivitet av den här typen är klar.',
    noFollowUp: 'Ingen uppföljning',
    done: {
      added: (name: string) => `*${name}* är tillagd.`,
      renamed: (name: string) => `*${name}* är sparad.`,
      moved: (name: string, position: number) => `*${name}* är flyttad till plats ${position}.`,
      archived: (name: string) =>
        `*${name}* är arkiverad. Gamla aktiviteter behåller den, men den kan inte längre väljas.`,
      unarchived: (name: string) => `*${name}* kan väljas igen.`,
      defaults: (name: string) => `Standardvärdena för *${name}* är sparade.`,
    },
    errors: {
      nameRequired: 'Ange ett namn.',
      nameTooLong: 'Namnet får vara högst 60 tecken.',
      nameTaken: (name: string) => `Det finns redan en aktiv typ som heter ”${name}”.`,
      position: (count: number) => `Välj en plats från 1 till ${count}.`,
      subjectTooLong: 'Det förvalda ämnet får vara högst 150 tecken.',
      dueDays: 'Ange ett helt antal arbetsdagar från 0 till 365.',
      followUpType: 'Välj en aktiv typ.',
      notFound: 'Den aktivitetstypen finns inte längre. Listan visar de aktuella typerna.',
      lastActive: 'Minst en typ måste vara aktiv, så den här kan inte arkiveras.',
      unarchiveNameTaken: (name: string) =>
        `Det finns redan en aktiv typ som heter ”${name}”. Byt namn på en av dem först.`,
    },
  },
};
