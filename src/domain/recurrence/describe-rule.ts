import type { Messages } from '../../i18n';
import type { RecurrenceProblem } from './parse-rrule';
import { isWorkweek, type RepeatRule, WEEKDAYS, type Weekday } from './repeat-rule';

function weekdayName(m: Messages, day: Weekday): string {
  return m.recurrence.weekdays[WEEKDAYS.indexOf(day)] as string;
}

function monthName(m: Messages, month: number): string {
  return m.recurrence.months[month - 1] as string;
}

/** The rule in the reader's words, e.g. "every 2nd Tuesday" / "varannan tisdag" (product §3.6). */
export function describeRule(m: Messages, rule: RepeatRule): string {
  const { pattern, end } = rule;
  const words = m.recurrence.words;
  let text: string;
  switch (pattern.freq) {
    case 'DAILY':
      text = words.daily(pattern.interval);
      break;
    case 'WEEKLY':
      text =
        pattern.interval === 1 && isWorkweek(pattern.weekdays)
          ? words.workweek
          : words.weekly(
              pattern.interval,
              pattern.weekdays.map((day) => weekdayName(m, day)),
            );
      break;
    case 'MONTHLY':
      text =
        'day' in pattern.on
          ? words.monthlyDay(pattern.interval, pattern.on.day, pattern.on.day > 28)
          : words.monthlyWeekday(pattern.interval, pattern.on.nth, weekdayName(m, pattern.on.weekday));
      break;
    case 'YEARLY':
      text = words.yearly(
        pattern.interval,
        { day: pattern.day, month: monthName(m, pattern.month) },
        pattern.month === 2 && pattern.day === 29,
      );
      break;
  }
  if (end.kind === 'count') text += words.count(end.count);
  if (end.kind === 'until') {
    const [year, month, day] = end.date.split('-').map(Number) as [number, number, number];
    text += words.until({ day, month: monthName(m, month), year });
  }
  return text;
}

/** Why a rule was refused, in the reader's language. */
export function describeProblem(m: Messages, problem: RecurrenceProblem): string {
  const problems = m.recurrence.problems;
  switch (problem.kind) {
    case 'unreadable':
      return problems.unreadable(problem.part);
    case 'unsupported':
      return problems.unsupported(problem.part);
    default:
      return problems[problem.kind];
  }
}
