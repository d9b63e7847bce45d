import type * as en from '../en/activities';

/** Svenska texter för aktiviteter. Samma nycklar som en/activities.ts. */
export const activities: typeof en.activities = {
  fields: {
    person: 'Person',
    organization: 'Organisation',
    linkOrganization: 'Koppla till organisation',
    type: 'Typ',
    subject: 'Ämne',
    status: 'Status',
    start: 'Start',
    end: 'Slut',
    due: 'Förfaller',
    responsible: 'Ansvarig',
    notes: 'Noteringar',
    private: 'Endast synlig för ansvarig',
    reminder: 'Påminn mig',
    recurrence: 'Upprepa',
  },
  modal: {
    createTitle: 'Registrera aktivitet',
    editTitle: 'Ändra aktivitet',
    save: 'Spara',
    cancel: 'Avbryt',
    personPlaceholder: 'Sök på namn, e-post eller telefon',
    typePlaceholder: 'Välj en typ',
    subjectPlaceholder: 'Vad handlar det om?',
    statusPlaceholder: 'Välj en status',
    responsiblePlaceholder: 'Välj en kollega',
    notesPlaceholder: 'Sådant som är värt att komma ihåg',
    linkOrganizationOption: (organization: string) => `Visa den även hos ${organization}`,
    privateOption: 'Bara den ansvariga kan se aktiviteten',
    archivedType: (name: string) => `${name} (arkiverad)`,
    editing: (id: number) => `Aktivitet #${id}`,
    createdBy: (who: string, when: string) => `Skapad ${when} av ${who}`,
    conflict: (who: string, when: string) =>
      `:warning: *${who} sparade aktiviteten ${when} medan du ändrade den.* Inget av ditt är sparat än, och allt du har fyllt i finns kvar. Vid varje fält som ändrats under tiden står vad det är nu (fält du inte själv har rört visar redan det nya värdet). *Spara* skriver dina värden över deras, eller så tar du de aktuella värdena.`,
    takeCurrent: 'Använd aktuella värden',
    changedMeanwhile: (who: string, when: string, value: string) =>
      `:pencil2: Ändrat av ${who} ${when}: nu «${value}»`,
    gone: (id: number) =>
      `Aktivitet #${id} är borttagen eller inte längre synlig för dig, så inget sparades. Det du har fyllt i finns kvar: kopiera det du behöver innan du stänger formuläret.`,
    goneToTrash: (id: number) =>
      `Aktivitet #${id} togs bort under tiden, så inget sparades. Det du har fyllt i finns kvar: återställ aktiviteten med \`/activity papperskorg\` och spara igen.`,
    noTypes:
      'Det finns inga aktivitetstyper att välja. Be en administratör lägga till en med `/activity admin`.',
  },
  card: {
    originalMessage: 'Ursprungligt meddelande',
    heading: (id: number, type: string) => `#${id} · ${type}`,
    overdue: 'försenad',
    private: ':lock: Endast synlig för ansvarig',
    doneNow: 'Klar nu',
    start: 'Påbörja',
    edit: 'Ändra',
    delete: 'Ta bort',
    undo: 'Ångra',
    restore: 'Återställ',
    followUp: 'Planera uppföljning',
    snoozeTomorrow: ':zzz: I morgon',
    snoozeNextWeek: ':zzz: Nästa vecka',
    deleted: (id: number, who: string, when: string) => `Aktivitet #${id} togs bort av ${who} ${when}.`,
    gone: (id: number) => `Aktivitet #${id} finns inte längre, eller så kan du inte längre se den.`,
  },
  notices: {
    snoozed: (id: number, when: string) => `:zzz: Aktivitet #${id} uppskjuten till ${when}.`,
    assigned: (id: number, who: string) =>
      `:bust_in_silhouette: ${who} gjorde dig ansvarig för aktivitet #${id}.`,
    saved: (id: number) => `:white_check_mark: Aktivitet #${id} sparad.`,
    savedPrivate: (id: number, who: string) =>
      `:white_check_mark: Aktivitet #${id} sparad. Bara den ansvariga, ${who}, kan se den.`,
    completed: (id: number) => `:white_check_mark: Aktivitet #${id} är klar.`,
    started: (id: number) => `:arrow_forward: Aktivitet #${id} pågår.`,
    deleted: (id: number) =>
      `:wastebasket: Aktivitet #${id} borttagen. Du kan ångra det i 30 dagar. Så länge ligger den i \`/activity papperskorg\`.`,
    restored: (id: number) => `:leftwards_arrow_with_hook: Aktivitet #${id} är tillbaka.`,
  },
  list: {
    filters: {
      open: 'ej klara',
      overdue: 'försenade',
      today: 'förfaller idag',
      done: 'klara',
      all: 'alla',
    },
    own: (filter: string) => `Dina aktiviteter: ${filter}`,
    ofSomeone: (filter: string, who: string) => `Aktiviteter för ${who}: ${filter}`,
    ofPerson: (filter: string, person: string) => `Aktiviteter med ${person}: ${filter}`,
    ofOrganization: (filter: string, organization: string) =>
      `Aktiviteter kopplade till ${organization}: ${filter}`,
    filterButtons: { all: 'Alla', open: 'Ej klara', overdue: 'Försenade', done: 'Klara' },
    page: (page: number) => `sida ${page}`,
    empty: 'Här finns inget att visa.',
    more: 'Fler',
  },
  trash: {
    title: 'Din papperskorg: aktiviteter borttagna de senaste 30 dagarna',
    titleAdmin:
      'Papperskorgen: aktiviteter borttagna de senaste 30 dagarna (dina, och kollegornas utom deras privata)',
    empty:
      'Papperskorgen är tom. Borttagna aktiviteter ligger kvar här i 30 dagar och försvinner sedan för gott.',
    until: (date: string) => `Kan återställas till och med ${date}.`,
  },
  detail: {
    notes: 'Noteringar',
    history: 'Historik',
    created: (when: string, who: string) => `Skapad ${when} av ${who}`,
    updated: (when: string, who: string) => `Senast ändrad ${when} av ${who}`,
    olderHistory: (count: number) => `…och ${count} tidigare ${count === 1 ? 'händelse' : 'händelser'}.`,
    events: {
      CREATED: 'skapade aktiviteten',
      UPDATED: 'ändrade',
      DELETED: 'tog bort aktiviteten',
      RESTORED: 'återställde aktiviteten',
    },
    notesChanged: 'noteringarna',
    yes: 'ja',
    no: 'nej',
    empty: '–',
    someone: 'någon',
  },
  command: {
    usage:
      'Prova `/activity list`, `/activity list försenade @kollega`, `/activity show 42`, `/activity edit 42`, `/activity done 42` eller `/activity papperskorg`.',
    needsId: (subcommand: string) =>
      `\`/activity ${subcommand}\` behöver numret på en aktivitet, till exempel \`/activity ${subcommand} 42\`.`,
    listArguments: (word: string) =>
      `Jag förstod inte ”${word}”. Använd \`/activity list [öppna|försenade|idag|klara|alla] [@kollega]\`, till exempel \`/activity list försenade @anna\`.`,
    unknownUser: 'Jag hittade inte den användaren i den här arbetsytan.',
    trashArguments:
      '`/activity papperskorg` tar inget mer: den visar det du har tagit bort de senaste 30 dagarna.',
  },
  errors: {
    personRequired: 'Välj personen som aktiviteten gäller.',
    personUnknown: 'Personen finns inte i kontaktregistret.',
    personArchived: 'Personen är arkiverad. Välj en aktiv person.',
    typeRequired: 'Välj en typ.',
    typeUnknown: 'Typen finns inte.',
    typeArchived: 'Typen är arkiverad och kan inte längre väljas.',
    subjectRequired: 'Skriv ett kort ämne.',
    subjectTooLong: (max: number, length: number) =>
      `Ämnet får vara högst ${max} tecken (det här har ${length}).`,
    statusUnknown: 'Välj Ej påbörjad, Pågår eller Klar.',
    startRequired: 'Ange datum och tid för start.',
    timeInvalid: 'Det är inte ett giltigt datum och klockslag.',
    endBeforeStart: 'Slut kan inte vara före start.',
    responsibleRequired: 'Välj vem som är ansvarig.',
    responsibleUnknown: 'Användaren är inte medlem i den här arbetsytan.',
    responsibleBot: 'En bot kan inte vara ansvarig. Välj en kollega.',
    responsibleDeactivated: 'Användaren är avaktiverad. Välj en kollega.',
    responsibleForeign: 'Användaren hör till en annan arbetsyta. Välj en kollega härifrån.',
    responsibleGuest: 'Gäster kan inte vara ansvariga. Välj en kollega.',
    notesTooLong: (max: number, length: number) =>
      `Noteringarna får vara högst ${max} tecken (de här har ${length}).`,
    notFound: (id: number) => `Det finns ingen aktivitet #${id} som du kan se.`,
    conflict: (id: number) => `Någon annan sparade aktivitet #${id} medan du ändrade den.`,
  },
  refusals: {
    reassigned: (id: number, who: string) =>
      `Aktivitet #${id} har lämnats över till ${who} under tiden, så inget gjordes. Så här ser den ut nu.`,
    alreadyDone: (id: number) => `Aktivitet #${id} är redan klar.`,
    alreadyInProgress: (id: number) => `Aktivitet #${id} pågår redan.`,
    deleted: (id: number) => `Aktivitet #${id} har tagits bort.`,
    notDeleted: (id: number) => `Aktivitet #${id} är inte borttagen; det finns inget att ångra.`,
    undoExpired: (id: number) =>
      `Aktivitet #${id} togs bort för mer än 30 dagar sedan och kan inte längre återställas.`,
    notAllowed: (id: number) =>
      `Bara den som skapade aktivitet #${id}, den ansvariga eller en administratör får ta bort eller återställa den.`,
  },
};
