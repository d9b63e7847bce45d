import {
  calendarPeriod,
  isPeriodError,
  type PeriodError,
  parsePeriod,
  type StatsPeriod,
} from './stats-period';

/** Whose numbers were asked for, as typed; the service decides whether the viewer may see them. */
export type WhoFilter =
  | { kind: 'user'; slackUserId: string }
  | { kind: 'team'; name: string }
  | { kind: 'teamChannel'; channelId: string };

export interface StatsArguments {
  period: StatsPeriod;
  who: WhoFilter | null;
  /** Words that name an activity type, e.g. `meeting` or `Inkommande samtal`. */
  typeText: string | null;
}

export type ArgumentError =
  | PeriodError
  | { kind: 'plainName'; word: string }
  | { kind: 'twice'; word: string };

/** `<@U123|anna>` / `<@U123>`: a user as Slack escapes it in command text. */
const USER_MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/;
/** `<#C123|sales>` / `<#C123>`: a channel as Slack escapes it; the team whose digest channel it is. */
const CHANNEL_MENTION = /^<#([CG][A-Z0-9]+)(?:\|[^>]*)?>$/;

/**
 * `[period] [@user|#team|type]` of `/activity stats` and `/activity export`, in any
 * order (product §6). The default period is this month in the viewer's time zone. A
 * range may be typed with spaces around `..`, and `i dag` as two words.
 */
export function parseStatsArguments(
  text: string,
  now: Date,
  timezone: string,
): { ok: true; value: StatsArguments } | { ok: false; error: ArgumentError } {
  const words = text
    .replace(/\s*\.\.\s*/g, '..')
    .replace(/(^|\s)i dag(?=\s|$)/gi, '$1idag')
    .split(/\s+/)
    .filter(Boolean);
  let period: StatsPeriod | null = null;
  let who: WhoFilter | null = null;
  const typeWords: string[] = [];
  for (const word of words) {
    const filter = whoFilter(word);
    if (filter) {
      if (who) return { ok: false, error: { kind: 'twice', word } };
      who = filter;
      continue;
    }
    if (word.startsWith('@')) return { ok: false, error: { kind: 'plainName', word } };
    if (period === null) {
      const parsed = parsePeriod(word, now, timezone);
      if (parsed && isPeriodError(parsed)) return { ok: false, error: parsed };
      if (parsed) {
        period = parsed;
        continue;
      }
    } else if (parsePeriod(word, now, timezone) !== null) {
      return { ok: false, error: { kind: 'period', word } };
    }
    typeWords.push(word);
  }
  return {
    ok: true,
    value: {
      period: period ?? calendarPeriod('month', now, timezone),
      who,
      typeText: typeWords.length > 0 ? typeWords.join(' ') : null,
    },
  };
}

function whoFilter(word: string): WhoFilter | null {
  const user = USER_MENTION.exec(word);
  if (user?.[1]) return { kind: 'user', slackUserId: user[1] };
  const channel = CHANNEL_MENTION.exec(word);
  if (channel?.[1]) return { kind: 'teamChannel', channelId: channel[1] };
  if (word.startsWith('#') && word.length > 1) return { kind: 'team', name: word.slice(1) };
  return null;
}
