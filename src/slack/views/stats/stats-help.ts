import type { KnownBlock } from '@slack/types';
import type { AudienceError } from '../../../domain/stats/stats-audience';
import type { QueryError } from '../../../domain/stats/stats-query';
import type { Messages } from '../../../i18n';
import type { SlackMessage } from '../help-view';
import { escapeMrkdwn } from '../mrkdwn';

export type StatsRequestError = QueryError | AudienceError;

/** What was wrong with the request, in the user's words escaped so nothing they typed can notify anyone. */
export function explainError(error: StatsRequestError, m: Messages): string {
  const e = m.stats.errors;
  const typed = (text: string) => escapeMrkdwn(text.slice(0, 100));
  switch (error.kind) {
    case 'period':
      return e.period(typed(error.word));
    case 'date':
      return e.date(typed(error.word));
    case 'rangeOrder':
      return e.rangeOrder;
    case 'rangeTooLong':
      return e.rangeTooLong(error.days);
    case 'plainName':
      return e.plainName(typed(error.word));
    case 'twice':
      return e.twice(typed(error.word));
    case 'unknownType':
      return `${e.unknownType(typed(error.text))} ${e.knownTypes(escapeMrkdwn(error.known.join(', ')))}`;
    case 'unknownTeam':
      return e.unknownTeam(typed(error.name));
    case 'unknownUser':
      return e.unknownUser;
    case 'notYourUser':
      return e.notYourUser;
    case 'notYourTeam':
      return e.notYourTeam;
  }
}

/** product §3.3: a malformed request gets an ephemeral explanation with examples, never silence. */
export function statsHelpMessage(error: StatsRequestError, m: Messages): SlackMessage {
  const problem = explainError(error, m);
  const h = m.stats.help;
  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: `:warning: ${problem}` } },
    { type: 'section', text: { type: 'mrkdwn', text: `*${h.heading}*\n${h.stats}\n${h.export}` } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: h.examples }] },
  ];
  return { text: problem, blocks };
}
