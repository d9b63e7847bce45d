import type { Messages } from '../../../i18n';
import { escapeMrkdwn } from '../mrkdwn';
import type { AdminNotice } from './admin-notice';

export type TeamDone = keyof Messages['teams']['done'];

/** What a team change did; with `unreachableChannel`, also how to let Touchbase post there. */
export function teamDoneNotice(
  m: Messages,
  { what, teamName, unreachableChannel }: { what: TeamDone; teamName: string; unreachableChannel?: string },
): AdminNotice {
  const done = m.teams.done[what](escapeMrkdwn(teamName));
  if (!unreachableChannel) return { tone: 'done', mrkdwn: done };
  // The id came from Slack's channel picker and was checked against /^[CG][A-Z0-9]+$/ by the domain.
  return { tone: 'problem', mrkdwn: `${done} ${m.teams.channelWarning(`<#${unreachableChannel}>`)}` };
}
