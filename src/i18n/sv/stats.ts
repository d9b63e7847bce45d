import type * as en from '../en/stats';

/** Svenska texter för `/activity stats` och `/activity export` (product §6). Samma nycklar som en/stats.ts. */
export const stats: typeof en.stats = {
  working: 'Räknar fram statistiken…',
  title: (period: string) => `Statistik · ${period}`,
  audience: {
    own: 'Dina aktiviteter',
    teams: 'Dina team',
    everyone: 'Alla',
    team: (name: string) => `Team ${name}`,
    user: (name: string) => `Aktiviteter för ${name}`,
    teamsOf: (who: string) => `Team som leds av ${who}`,
    type: (name: string) => `typ ${name}`,
  },
  comparedWith: (period: string) => `Jämfört med ${period}`,
  byStart: 'Aktiviteter räknas i perioden då de startar; tider i din tidszon.',
  byStartShared: (who: string) =>
    `Aktiviteter räknas i perioden då de startar; tider i tidszonen för ${who}.`,
  sharedBy: (who: string) => `Delad av ${who}.`,
  shared: 'Klart: statistiken är publicerad i den här konversationen så att alla här ser den.',
  cannotShare:
    'Touchbase kan inte skriva i den här konversationen, så statistiken visas bara för dig. Bjud in appen för att dela den här.',
  figures: {
    activities: 'Aktiviteter',
    created: 'Skapade',
    completed: 'Klarmarkerade',
    completionRate: 'Klara av dessa',
    overdueNow: 'Försenade nu',
    medianUntilDone: 'Median, skapad → klar',
    p90UntilDone: '90:e percentilen, skapad → klar',
  },
  change: {
    previous: (value: string) => `förra ${value}`,
    new: 'ny',
    same: '±0',
    none: '–',
    points: (value: string) => `${value} p.e.`,
  },
  byType: 'Per typ och status',
  typeColumn: 'Typ',
  totalColumn: 'Totalt',
  total: 'Totalt',
  byResponsible: 'Per ansvarig',
  responsibleLine: (
    name: string,
    { total, done, overdue }: { total: string; done: number; overdue: number },
  ) => `*${name}* · ${total} · klara ${done} · försenade ${overdue}`,
  moreResponsibles: (count: number) => `…och ${count} till. \`/activity export\` ger alla aktiviteter.`,
  privateNote: 'Privata aktiviteter räknas men namnges aldrig.',
  noData: (period: string) => `Inga aktiviteter för ${period}, så inget diagram.`,
  previousHad: (period: string, count: number) => `${period} hade ${count}.`,
  sentToDm: 'Statistiken är lång, så jag skickade den till dig som direktmeddelande.',
  chart: {
    title: (audience: string, period: string) => `${audience} · ${period}`,
    day: 'Dag',
    week: 'Vecka (från måndag)',
    count: 'Aktiviteter',
    legend: 'Typ',
    alt: (period: string) => `Diagram över aktiviteter per dag eller vecka och typ, ${period}`,
    movedToDm:
      'Touchbase kan inte skriva i den här konversationen, så diagrammet finns i dina direktmeddelanden.',
    inDm: 'Diagrammet finns i dina direktmeddelanden med Touchbase. Lägg till `dela` för att publicera siffror och diagram i konversationen så att alla ser dem.',
    failed: 'Diagrammet kunde inte laddas upp; siffrorna ovan är kompletta.',
  },
  duration: {
    days: (days: number, hours: number) => (hours > 0 ? `${days} d ${hours} h` : `${days} d`),
    hours: (hours: number, minutes: number) => (minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`),
    minutes: (minutes: number) => `${minutes} min`,
  },
  period: {
    week: (week: number, year: number) => `vecka ${week} ${year}`,
    quarter: (quarter: number, year: number) => `kvartal ${quarter} ${year}`,
  },
  errors: {
    period: (word: string) => `Jag förstår inte perioden ”${word}”.`,
    date: (word: string) => `”${word}” är inget datum jag kan läsa.`,
    rangeOrder: 'Intervallet slutar innan det börjar.',
    rangeTooLong: (days: number) => `Ett intervall får vara högst ${days} dagar.`,
    unknownType: (text: string) => `Det finns ingen aktivitetstyp som heter ”${text}”.`,
    knownTypes: (names: string) => `Typer: ${names}.`,
    unknownTeam: (name: string) => `Det finns inget team som heter ”${name}”.`,
    unknownUser:
      'Touchbase kan inte visa statistik för den användaren (en bot, en gäst, en avaktiverad användare eller någon från en annan arbetsyta).',
    plainName: (word: string) =>
      `Välj personen i listan när du skriver \`@\`, så skickar Slack en omnämning i stället för texten ”${word}”.`,
    twice: (word: string) => `Ange en person eller ett team, inte flera (”${word}”).`,
    notYourUser: 'Du ser dina egna siffror och siffrorna för team du leder; administratörer ser allas.',
    notYourTeam: 'Bara teamets ledare och administratörer kan se dess siffror.',
  },
  help: {
    heading: 'Så här frågar du',
    stats:
      '`/activity stats [period] [@användare|#team|typ]`\nPerioder: `idag`, `vecka`, `månad` (standard), `kvartal`, `år`, en månad som `2026-03`, eller ett intervall som `2026-03-01..2026-03-15`. Veckor börjar på måndag. Engelska ord (`today`, `week`, `month`, `quarter`, `year`) fungerar också.\nSiffrorna visas bara för dig och diagrammet hamnar i dina direktmeddelanden; lägg till `dela` (eller `share`) för att publicera båda i konversationen så att alla ser dem.',
    export:
      '`/activity export [period] [@användare|#team|typ]`: samma perioder och filter; en CSV-fil i dina direktmeddelanden.',
    examples:
      'Exempel: `/activity stats`, `/activity stats vecka @anna`, `/activity stats 2026-03 #sälj`, `/activity stats kvartal möte`, `/activity stats vecka #sälj dela`, `/activity export månad`',
  },
  export: {
    working: 'Förbereder din export…',
    title: (period: string) => `Aktiviteter · ${period}`,
    done: (count: number, period: string) =>
      `Din export för ${period}: ${count === 1 ? '1 aktivitet' : `${count} aktiviteter`} (en rad var), tider i din tidszon.`,
    sent: (count: number) =>
      `Exporten (${count === 1 ? '1 rad' : `${count} rader`}) finns i dina direktmeddelanden med Touchbase.`,
    empty: (period: string) => `Inga aktiviteter som du kan se för ${period}: inget att exportera.`,
    failed: 'Exporten kunde inte laddas upp. Försök igen om en stund.',
    yes: 'ja',
    no: 'nej',
    columns: {
      id: 'Id',
      type: 'Typ',
      subject: 'Ämne',
      status: 'Status',
      person: 'Person',
      organization: 'Organisation',
      start: 'Start',
      end: 'Slut',
      responsible: 'Ansvarig',
      notes: 'Noteringar',
      private: 'Endast synlig för ansvarig',
      created: 'Skapad',
      createdBy: 'Skapad av',
      updated: 'Uppdaterad',
      source: 'Källa',
    },
  },
};
