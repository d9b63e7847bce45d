import type { recurrence as english } from '../en/recurrence';

/** Svenskt ordningstal i siffror: 1:a, 2:a, 3:e, 11:e, 21:a, 31:a … */
function ordinal(n: number): string {
  const tens = n % 100;
  return `${n}:${(n % 10 === 1 || n % 10 === 2) && tens !== 11 && tens !== 12 ? 'a' : 'e'}`;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

const NTH = { 1: 'första', 2: 'andra', 3: 'tredje', 4: 'fjärde', [-1]: 'sista' } as Record<number, string>;

/** "varje", "varannan", "var 3:e" — för ord i utrum (dag, vecka, månad, tisdag). */
function every(n: number): string {
  return n === 1 ? 'varje' : n === 2 ? 'varannan' : `var ${ordinal(n)}`;
}

/** Hur ofta det gäller månader: "varje månad", "varannan månad", "varje kvartal", "var 4:e månad". */
function months(n: number): string {
  return n === 3 ? 'varje kvartal' : `${every(n)} månad`;
}

/** Svenska texter för återkommande aktiviteter: regeln i ord och vägrade regler. Samma nycklar som ../en/recurrence.ts. */
export const recurrence: typeof english = {
  mark: '↻',
  weekdays: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  months: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  words: {
    daily: (n) => `${every(n)} dag`,
    workweek: 'varje vardag',
    weekly: (n, days) => {
      if (days.length === 1) return `${every(n)} ${days[0]}`;
      return n === 1 ? `varje ${list(days)}` : `${every(n)} vecka på ${list(days)}`;
    },
    monthlyDay: (n, day, lastInShortMonths) =>
      `den ${ordinal(day)} ${months(n)}${lastInShortMonths ? ' (sista dagen i kortare månader)' : ''}`,
    monthlyWeekday: (n, nth, weekday) =>
      `den ${NTH[nth] ?? ordinal(nth)} ${weekday}en ${n === 1 ? 'i månaden' : months(n)}`,
    yearly: (n, date, leapDay) =>
      `${n === 1 ? 'varje år' : n === 2 ? 'vartannat år' : `vart ${ordinal(n)} år`} den ${date.day} ${date.month}${leapDay ? ' (28 februari andra år)' : ''}`,
    count: (times) => (times === 1 ? ', en gång' : `, ${times} gånger`),
    until: (date) => `, till och med ${date.day} ${date.month} ${date.year}`,
  },
  form: {
    label: 'Upprepa',
    presets: {
      never: 'Aldrig',
      daily: 'Varje dag',
      weekdays: 'Varje vardag (måndag–fredag)',
      weekly: 'Varje vecka, på startens veckodag',
      biweekly: 'Varannan vecka, på startens veckodag',
      monthlyDay: 'Varje månad, på startens dag',
      monthlyWeekday: 'Varje månad, på samma veckodag (t.ex. andra tisdagen)',
      quarterly: 'Varje kvartal, på startens dag',
      yearly: 'Varje år, på startens datum',
      custom: 'Anpassad…',
    },
    stored: (rule) => `Som nu: ${rule}`,
    count: 'Slutar efter (gånger)',
    until: 'Slutar den',
    endHint: 'Lämna båda tomma för att upprepa tills du stoppar.',
    interval: 'Var (1–99)',
    unit: 'Dagar, veckor eller månader',
    units: { day: 'dagar', week: 'veckor', month: 'månader, på startens dag' },
    weekdays: 'På (bara veckor)',
    weekdaysHint: 'Ingen vald: startens veckodag.',
    scope: 'Ändringarna gäller',
    scopes: { this: 'Endast denna', following: 'Denna och följande' },
    scopeHint: 'En ändrad upprepning gäller alltid hela serien.',
  },
  deleteQuestion: (id, rule) =>
    `:wastebasket: Aktivitet #${id} upprepas (${rule}). Ta bort endast denna, eller denna och alla följande?`,
  deleteThis: 'Ta bort endast denna',
  deleteFollowing: 'Ta bort denna och följande',
  keep: 'Avbryt',
  kept: (id) => `Inget togs bort: aktivitet #${id} är som förut.`,
  deletedFollowing: (id) =>
    `:wastebasket: Aktivitet #${id} borttagen, och serien slutar: inga fler tillfällen. Du kan ångra det i 30 dagar.`,
  resumed: '↻ Serien fortsätter från denna igen.',
  resumedReplacing: (id) =>
    `↻ Serien fortsätter från denna igen; nästa tillfälle som borttagningen skapade (#${id}) har tagits bort.`,
  detached: '↻ Serien har gått vidare under tiden, så denna är tillbaka som en enskild aktivitet.',
  stop: 'Sluta upprepa',
  stopped: (id) => `↻ Aktivitet #${id} upprepas inte längre; den finns kvar som en enskild aktivitet.`,
  next: (when) => `↻ Nästa gång är ${when}.`,
  ended: '↻ Det var den sista: serien är slut.',
  refusals: {
    notRepeating: (id) => `Aktivitet #${id} upprepas inte, så det finns inget att stoppa.`,
  },
  problems: {
    unreadable: (part) =>
      `Upprepningsregeln går inte att läsa (vid ”${part}”). Skriv den som en RRULE enligt RFC 5545, t.ex. FREQ=WEEKLY;BYDAY=TU.`,
    unsupported: (part) =>
      `Touchbase kan inte upprepa så (${part}). Det går att upprepa dagligen, varje vecka på valda veckodagar, varje månad på en dag eller en veckodag som den andra tisdagen, eller varje år.`,
    interval: 'Intervallet måste vara 1–99 (dagar, veckor, månader eller år).',
    count: 'En serie slutar efter 1 till 999 gånger.',
    countAndUntil: 'En serie slutar antingen ett visst datum eller efter ett antal gånger, inte båda.',
    untilBeforeStart: 'Serien skulle sluta innan den börjar: välj en sista dag på eller efter starten.',
    weekdaysNeedWeeks:
      'Veckodagar går bara att välja när det upprepas med veckor: välj veckor, eller ta bort bocken för veckodagarna.',
  },
};
