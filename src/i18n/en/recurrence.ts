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
      custom: 'Custom…',
    },
    /** Editing a rule no choice shows (set through the API): keep it as it is. */
    stored: (rule: string) => `As it is: ${rule}`,
    count: 'Ends after (times)',
    until: 'Ends on',
    endHint: 'Leave both empty to repeat until you stop it.',
    /** *Custom*: every N days, weeks (on chosen weekdays) or months. */
    interval: 'Every (1–99)',
    unit: 'Days, weeks or months',
    units: { day: 'days', week: 'weeks', month: 'months, on the start’s day' },
    weekdays: 'On (weeks only)',
    weekdaysHint: 'None ticked: the start’s weekday.',
    /** Editing an open occurrence of a series. */
    scope: 'Apply the changes to',
    scopes: { this: 'This one', following: 'This and following' },
    scopeHint: 'A changed Repeat always applies to the series.',
  },
  /** *Delete* on an open occurrence asks what to delete. */
  deleteQuestion: (id: number, rule: string) =>
    `:wastebasket: Activity #${id} repeats (${rule}). Delete only this one, or this and all following?`,
  deleteThis: 'Delete this one',
  deleteFollowing: 'Delete this and following',
  keep: 'Cancel',
  kept: (id: number) => `Nothing was deleted: activity #${id} is as it was.`,
  deletedFollowing: (id: number) =>
    `:wastebasket: Activity #${id} deleted, and its series ends: no more occurrences. You can undo this for 30 days.`,
  /** Restoring a deleted occurrence (product §3.2, §3.6). */
  resumed: '↻ Its series goes on from this one again.',
  resumedReplacing: (id: number) =>
    `↻ Its series goes on from this one again; the next occurrence the delete made (#${id}) has been removed.`,
  detached: '↻ Its series has moved on meanwhile, so this one is back as a single activity.',
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
    weekdaysNeedWeeks: 'Weekdays apply only to a rule of weeks: choose weeks, or untick the weekdays.',
  },
};
