/** English ordinal of a whole number: 1st, 2nd, 3rd, 4th, 11th, 21st … */
function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const nthWord = (nth: number): string => (nth === -1 ? 'last' : ordinal(nth));

/**
 * English strings of repeating activities (product §3.6): the rule in words, as every
 * surface shows it after the ↻ mark, and the refusals of rules Touchbase cannot show.
 */
export const recurrence = {
  mark: '↻',
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  words: {
    daily: (every: number) => (every === 1 ? 'every day' : `every ${every} days`),
    workweek: 'every weekday',
    weekly: (every: number, days: string[]) => {
      if (days.length === 1) return every === 1 ? `every ${days[0]}` : `every ${ordinal(every)} ${days[0]}`;
      return every === 1 ? `every ${list(days)}` : `every ${every} weeks on ${list(days)}`;
    },
    monthlyDay: (every: number, day: number, lastInShortMonths: boolean) => {
      const when = every === 1 ? 'monthly' : every === 3 ? 'quarterly' : `every ${every} months`;
      return `${when} on the ${ordinal(day)}${lastInShortMonths ? ' (the last day in shorter months)' : ''}`;
    },
    monthlyWeekday: (every: number, nth: number, weekday: string) => {
      const when = every === 1 ? 'monthly' : every === 3 ? 'quarterly' : `every ${every} months`;
      return `${when} on the ${nthWord(nth)} ${weekday}`;
    },
    yearly: (every: number, date: { day: number; month: string }, leapDay: boolean) =>
      `${every === 1 ? 'every year' : `every ${every} years`} on ${date.day} ${date.month}${leapDay ? ' (28 February in other years)' : ''}`,
    count: (times: number) => (times === 1 ? ', once' : `, ${times} times`),
    until: (date: { day: number; month: string; year: number }) =>
      `, until ${date.day} ${date.month} ${date.year}`,
  },
  /** The *Repeat* fields of the Log activity form (product §3.6). */
  form: {
    label: 'Repeat',
    presets: {
      never: 'Never',
      daily: 'Every day',
      weekdays: 'Every weekday (Monday–Friday)',
      weekly: 'Every week, on the start’s weekday',
      biweekly: 'Every 2 weeks, on the start’s weekday',
      monthlyDay: 'Every month, on the start’s day',
      monthlyWeekday: 'Every month, on the same weekday (e.g. 2nd Tuesday)',
      quarterly: 'Every quarter, on the start’s day',
      yearly: 'Every year, on the start’s date',
    },
    count: 'Ends after (times)',
    until: 'Ends on',
    endHint: 'Leave both empty to repeat until you stop it.',
  },
  /** The button on a repeating activity's card, and what it says once pressed. */
  stop: 'Stop repeating',
  stopped: (id: number) => `↻ Activity #${id} no longer repeats; it stays as a single activity.`,
  /** After completing (or deleting) an occurrence: when the next one is. */
  next: (when: string) => `↻ The next one is ${when}.`,
  ended: '↻ That was the last one: the series has ended.',
  refusals: {
    notRepeating: (id: number) => `Activity #${id} does not repeat, so there is nothing to stop.`,
  },
  problems: {
    unreadable: (part: string) =>
      `The repeat rule cannot be read (at “${part}”). Write it as an RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=TU.`,
    unsupported: (part: string) =>
      `Touchbase cannot repeat like that (${part}). It repeats daily, weekly on chosen weekdays, monthly on a day or a weekday such as the 2nd Tuesday, or yearly.`,
    interval: 'Repeat every 1 to 99 days, weeks, months or years.',
    count: 'A series ends after 1 to 999 times.',
    countAndUntil: 'A series ends either on a date or after a number of times, not both.',
    untilBeforeStart: 'The series would end before it starts: choose a last day on or after the start.',
  },
};
