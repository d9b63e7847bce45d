import { InvalidRecurrence, type LocalDay } from './parse-rrule';
import {
  formatRrule,
  INTERVAL_MAX,
  isWorkweek,
  type RepeatEnd,
  type RepeatPattern,
  type RepeatRule,
  sortWeekdays,
  type Weekday,
  type WeekdayOrdinal,
  WORKWEEK,
} from './repeat-rule';

/** The *Repeat* menu of the Log activity form (product §3.6), in its order. */
export const REPEAT_PRESETS = [
  'never',
  'daily',
  'weekdays',
  'weekly',
  'biweekly',
  'monthlyDay',
  'monthlyWeekday',
  'quarterly',
  'yearly',
  'custom',
] as const;
export type RepeatPreset = (typeof REPEAT_PRESETS)[number];

export type CustomUnit = 'day' | 'week' | 'month';

export interface CustomRepeat {
  unit: CustomUnit;
  interval: number;
  /** Weekly only; empty means the start's weekday. */
  weekdays: Weekday[];
}

export interface RepeatChoice {
  preset: RepeatPreset;
  custom?: CustomRepeat;
  end: RepeatEnd;
}

/** Which weekday of its month `day` is: the 1st … 4th, and a day in the month's last seven is the last. */
export function ordinalOf(day: LocalDay): WeekdayOrdinal {
  const nth = Math.ceil(day.day / 7);
  return nth >= 5 ? -1 : (nth as WeekdayOrdinal);
}

function customPattern(custom: CustomRepeat, start: LocalDay): RepeatPattern {
  const interval = Math.min(Math.max(1, Math.trunc(custom.interval)), INTERVAL_MAX);
  switch (custom.unit) {
    case 'day':
      return { freq: 'DAILY', interval };
    case 'week':
      return {
        freq: 'WEEKLY',
        interval,
        weekdays: custom.weekdays.length > 0 ? sortWeekdays(custom.weekdays) : [start.weekday],
      };
    case 'month':
      return { freq: 'MONTHLY', interval, on: { day: start.day } };
  }
}

function presetPattern(preset: Exclude<RepeatPreset, 'never' | 'custom'>, start: LocalDay): RepeatPattern {
  switch (preset) {
    case 'daily':
      return { freq: 'DAILY', interval: 1 };
    case 'weekdays':
      return { freq: 'WEEKLY', interval: 1, weekdays: [...WORKWEEK] };
    case 'weekly':
      return { freq: 'WEEKLY', interval: 1, weekdays: [start.weekday] };
    case 'biweekly':
      return { freq: 'WEEKLY', interval: 2, weekdays: [start.weekday] };
    case 'monthlyDay':
      return { freq: 'MONTHLY', interval: 1, on: { day: start.day } };
    case 'monthlyWeekday':
      return { freq: 'MONTHLY', interval: 1, on: { weekday: start.weekday, nth: ordinalOf(start) } };
    case 'quarterly':
      return { freq: 'MONTHLY', interval: 3, on: { day: start.day } };
    case 'yearly':
      return { freq: 'YEARLY', interval: 1, month: start.month, day: start.day };
  }
}

/** The rule a choice in the form means for a series starting on `start`; null for *Never*. */
export function ruleOfChoice(choice: RepeatChoice, start: LocalDay): RepeatRule | null {
  if (choice.preset === 'never') return null;
  const pattern =
    choice.preset === 'custom'
      ? customPattern(choice.custom ?? { unit: 'week', interval: 1, weekdays: [] }, start)
      : presetPattern(choice.preset, start);
  return { pattern, end: choice.end };
}

/** The form choice that shows `rule` (a preset when one fits, else *Custom*), to prefill an edit. */
export function choiceOfRule(rule: RepeatRule, start: LocalDay): RepeatChoice {
  const { pattern, end } = rule;
  const preset = (name: RepeatPreset): RepeatChoice => ({ preset: name, end });
  for (const name of REPEAT_PRESETS) {
    if (name === 'never' || name === 'custom') continue;
    if (JSON.stringify(presetPattern(name, start)) === JSON.stringify(pattern)) return preset(name);
  }
  if (pattern.freq === 'WEEKLY' && pattern.interval === 1 && isWorkweek(pattern.weekdays))
    return preset('weekdays');
  const custom = (unit: CustomUnit, weekdays: Weekday[] = []): RepeatChoice => ({
    preset: 'custom',
    custom: { unit, interval: pattern.interval, weekdays },
    end,
  });
  if (pattern.freq === 'DAILY') return custom('day');
  if (pattern.freq === 'WEEKLY') return custom('week', pattern.weekdays);
  if (pattern.freq === 'MONTHLY' && 'day' in pattern.on && pattern.on.day === start.day)
    return custom('month');
  // A rule from the API no choice can show (e.g. monthly on another day): Custom keeps its unit;
  // saving the form unchanged keeps the stored rule (see keepsRule).
  return custom(pattern.freq === 'YEARLY' ? 'month' : pattern.freq === 'MONTHLY' ? 'month' : 'week');
}

/** True when the form's choice says the same as the stored rule, so an unchanged form keeps it exactly. */
export function keepsRule(choice: RepeatChoice, rule: RepeatRule, start: LocalDay): boolean {
  const shown = choiceOfRule(rule, start);
  return JSON.stringify(shown) === JSON.stringify(choice);
}

/**
 * "This and following" moved the series' start from one day to another: a rule that was
 * taken from the start (weekly on its weekday, monthly on its day …) moves with it; a rule
 * with days of its own (custom weekdays, a rule from the API) stays as it is.
 */
export function ruleMovedWithStart(rule: RepeatRule, from: LocalDay, to: LocalDay): RepeatRule {
  const choice = choiceOfRule(rule, from);
  const shown = ruleOfChoice(choice, from);
  if (!shown || formatRrule(shown) !== formatRrule(rule)) return rule;
  return ruleOfChoice(choice, to) ?? rule;
}

/** The *Repeat* fields of the form as typed: a preset (or *Custom* with its parts), and at most one of the two ends. */
export interface RepeatForm {
  preset: RepeatPreset;
  /** *Custom* only: every `interval` days, weeks (on `weekdays`) or months, as typed (validated here). */
  custom?: { unit: CustomUnit; interval: number; weekdays: Weekday[] };
  /** Ends after this many occurrences. */
  count: number | null;
  /** Ends on this day (YYYY-MM-DD). */
  until: string | null;
}

/**
 * The choice the form's fields make (product §3.6): both ends at once cannot be stored, a custom
 * interval is a whole number 1–99, and weekdays are chosen only for a weekly rule (none: the
 * start's weekday).
 */
export function choiceOfForm(form: RepeatForm): RepeatChoice {
  if (form.count !== null && form.until !== null) throw new InvalidRecurrence({ kind: 'countAndUntil' });
  const end: RepeatEnd =
    form.count !== null
      ? { kind: 'count', count: form.count }
      : form.until !== null
        ? { kind: 'until', date: form.until }
        : { kind: 'never' };
  if (form.preset !== 'custom') return { preset: form.preset, end };
  const custom = form.custom ?? { unit: 'week', interval: 1, weekdays: [] };
  if (!Number.isInteger(custom.interval) || custom.interval < 1 || custom.interval > INTERVAL_MAX)
    throw new InvalidRecurrence({ kind: 'interval' });
  if (custom.unit !== 'week' && custom.weekdays.length > 0)
    throw new InvalidRecurrence({ kind: 'weekdaysNeedWeeks' });
  return { preset: 'custom', custom: { ...custom, weekdays: sortWeekdays(custom.weekdays) }, end };
}

/** The form's fields for a stored rule: what the edit form is prefilled with. */
export function formOfRule(rule: RepeatRule, start: LocalDay): RepeatForm {
  const choice = choiceOfRule(rule, start);
  const { end } = choice;
  return {
    preset: choice.preset,
    ...(choice.custom ? { custom: choice.custom } : {}),
    count: end.kind === 'count' ? end.count : null,
    until: end.kind === 'until' ? end.date : null,
  };
}
