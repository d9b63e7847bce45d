import type { plans as english } from '../en/plans';

/** Svenska texter för aktivitetsplaner (product §3.7): adminsektionen, formuläret och starten. */
export const plans: typeof english = {
  heading: 'Planer',
  intro:
    'En plan är en rad steg som startas för en person på en gång: varje steg blir en aktivitet på sin arbetsdag, för sin ansvarige.',
  add: 'Lägg till plan',
  none: 'Inga planer än.',
  range: (from: number, to: number, total: number) => `Planer ${from}–${to} av ${total}`,
  previous: '◀ Föregående planer',
  next: 'Nästa planer ▶',
  manage: 'Hantera planer…',
  archivedMark: '(arkiverad)',
  stepCount: (count: number) => (count === 1 ? '1 steg' : `${count} steg`),
  stepLine: (day: number, type: string, subject: string, who: string) =>
    `dag ${day}: ${type} ”${subject}” (${who})`,
  menu: { edit: 'Redigera…', archive: 'Arkivera', restore: 'Återställ' },
  done: {
    created: (name: string) => `Planen *${name}* är tillagd.`,
    saved: (name: string) => `Planen *${name}* är sparad.`,
    archived: (name: string) => `Planen *${name}* är arkiverad och kan inte längre startas.`,
    restored: (name: string) => `Planen *${name}* är återställd.`,
  },
  addTitle: 'Lägg till plan',
  editTitle: 'Redigera plan',
  name: 'Namn',
  nameHint: 'Högst 80 tecken; två planer får inte heta likadant.',
  stepsIntro:
    'Stegen i ordning. Lämna en rad tom så tas den inte med; ändra *Ordning* för att flytta eller ta bort ett steg.',
  stepHeading: (number: number) => `*Steg ${number}*`,
  type: 'Typ',
  typePlaceholder: 'Välj en typ',
  subject: 'Ämne',
  offset: 'Arbetsdagar efter starten',
  offsetHint: '0 är startdagen; helger och helgdagar räknas inte.',
  responsible: 'Ansvarig',
  kinds: {
    launcher: 'Den som startar planen',
    usual: 'Personens vanliga ansvarige',
    named: 'En utsedd medarbetare',
  },
  named: 'Utsedd medarbetare',
  namedHint: 'Bara när en utsedd medarbetare är ansvarig.',
  order: 'Ordning',
  orderRemove: 'Ta bort steget',
  orderAt: (position: number) => `Plats ${position}`,
  launch: {
    title: 'Starta plan',
    submit: 'Starta',
    cancel: 'Avbryt',
    plan: 'Plan',
    person: 'Person',
    personPlaceholder: 'Sök efter en person',
    date: 'Startdatum',
    dateHint: 'Varje steg infaller sitt antal arbetsdagar efter det här datumet.',
    step: (number: number, type: string, subject: string, date: string) =>
      `*${number}. ${type}* — ${subject}\n:calendar: ${date}`,
    responsible: (number: number) => `Ansvarig för steg ${number}`,
    button: 'Starta en plan…',
    fromCard: 'Starta plan',
    started: (plan: string, person: string, count: number) =>
      `:white_check_mark: *${plan}* har startats för ${person}: ${count === 1 ? '1 aktivitet' : `${count} aktiviteter`} skapade.`,
    createdLine: (id: number, date: string, type: string, subject: string, who: string) =>
      `#${id} · ${date} · ${type} — ${subject} · ${who}`,
  },
  command: {
    usage: 'Så här: `/activity plan <plan> <person>`, till exempel `/activity plan Ny kund Anna Berg`.',
    unknownPlan: (plans: string[]) =>
      plans.length > 0
        ? `Texten börjar inte med namnet på någon plan. Planer du kan starta: ${plans.map((name) => `”${name}”`).join(', ')}.`
        : 'Det finns ingen plan att starta än.',
    noPerson: (text: string) => `Ingen person matchar ”${text}”.`,
    manyPersons: (text: string, count: number) =>
      `${count} personer matchar ”${text}”; välj en i formuläret.`,
  },
  defaultPlan: {
    name: 'Ny kund',
    welcomeCall: 'Välkomstsamtal',
    visit: 'Besök',
    followUpEmail: 'Uppföljande e-post',
  },
  errors: {
    notFound: 'Planen finns inte längre eller kan inte startas (den är arkiverad eller saknar steg).',
    noPlans:
      'Det finns ingen aktivitetsplan att starta än. En admin lägger till planer i `/activity admin` → Planer.',
    nameRequired: 'Ge planen ett namn.',
    nameTooLong: (max: number) => `Ett plannamn får ha högst ${max} tecken.`,
    nameTaken: (name: string) => `Det finns redan en plan som heter ”${name}”.`,
    noSteps: 'En plan behöver minst ett steg: välj en typ och skriv ett ämne.',
    tooManySteps: (max: number) => `En plan får ha högst ${max} steg.`,
    typeRequired: 'Välj stegets typ.',
    typeUnknown: 'Den aktivitetstypen finns inte i den här arbetsytan.',
    typeArchived: 'Den aktivitetstypen är arkiverad. Välj en aktiv typ.',
    subjectRequired: 'Skriv stegets ämne.',
    subjectTooLong: (max: number) => `Ett ämne får ha högst ${max} tecken.`,
    offsetRequired: 'Ange antalet arbetsdagar efter starten (0 eller fler).',
    offsetNegative: 'Arbetsdagarna efter starten kan inte vara negativa: 0 är startdagen.',
    offsetTooLarge: (max: number) => `Ett steg kan infalla högst ${max} arbetsdagar efter starten.`,
    responsibleKind: 'Välj vem som är ansvarig för steget.',
    namedRequired: 'Välj den utsedda medarbetaren.',
    responsibleUnknown: 'Den användaren är inte medlem i den här arbetsytan.',
    responsibleBot: (who: string) => `${who} är en bot och kan inte vara ansvarig.`,
    responsibleLeft: (who: string) => `${who} har lämnat arbetsytan och kan inte vara ansvarig.`,
    responsibleGuest: (who: string) => `${who} är gäst och kan inte vara ansvarig.`,
    planChanged:
      'En admin ändrade planen medan du startade den. Stäng formuläret och starta planen igen för att se stegen som de är nu.',
    personRequired: 'Välj personen som planen ska startas för.',
    dateInvalid: 'Välj ett giltigt startdatum.',
    stepRefused: (position: number, subject: string, reasons: string) =>
      `Steg ${position} (”${subject}”) kan inte skapas: ${reasons} Ingenting skapades.`,
  },
};
