import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { workspaceLocale } from '../../../domain/employees/employee-viewer';
import { takeShareWord } from '../../../domain/stats/share-word';
import type { StatsReport } from '../../../domain/stats/stats-report';
import { type Locale, type Messages, messages } from '../../../i18n';
import type { SlackMessage } from '../../views/help-view';
import { periodLabel } from '../../views/stats/period-label';
import { statsHelpMessage } from '../../views/stats/stats-help';
import { isEmpty, isLong, sharedStatsMessage, statsMessage, withNote } from '../../views/stats/stats-message';
import type { ActingUser } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { uploadChart } from './chart-upload';
import { directMessageChannel } from './direct-message';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** Where the figures went, so the chart follows them. */
type Answered = { to: 'requester' } | { to: 'conversation'; m: Messages; locale: Locale };

/**
 * `/activity stats [period] [@user|#team|type] [share]` (product §6). Acked at once
 * (the figures may take longer than Slack's 3 s), then answered through the
 * response URL. The chart goes where the figures go: to the requester alone
 * (ephemeral figures, the chart in their DM; long figures in the DM too), or,
 * with `share`/`dela`, both posted in the conversation for everyone in it.
 */
export async function statsCommand(
  deps: ListenerDeps,
  user: ActingUser,
  { text, args }: { text: string; args: CommandArgs },
) {
  const { m, locale, viewer, workspace } = user;
  await args.ack({ response_type: 'ephemeral', text: m.stats.working });
  const { share, rest } = takeShareWord(text);
  const outcome = await deps.stats.getStats.execute(workspace, viewer, rest);
  if (!outcome.ok) {
    await args.respond({ response_type: 'ephemeral', ...statsHelpMessage(outcome.error, m) });
    return;
  }
  const { report } = outcome;
  const drawable = !isEmpty(report) && report.chart.layers.length > 0;
  const answered = share
    ? await shareInConversation(user, report, args)
    : await answerRequester(user, { report, drawable, args });
  if (isEmpty(report)) return;
  if (!drawable) {
    // Created or completed in the period, but none starts in it: nothing to draw, and no empty chart.
    const period = periodLabel(report.period.unit, report.period, { m, locale });
    await args.respond({ response_type: 'ephemeral', text: m.stats.noData(period) });
    return;
  }
  const inConversation = answered.to === 'conversation';
  const place = await uploadChart({
    client: args.client,
    logger: args.logger,
    report,
    ...(inConversation ? { m: answered.m, locale: answered.locale } : { m, locale }),
    channelId: inConversation ? args.command.channel_id : null,
    slackUserId: viewer.slackUserId,
  });
  if (inConversation && place === 'dm')
    await args.respond({ response_type: 'ephemeral', text: m.stats.chart.movedToDm });
  if (place === 'failed') await args.respond({ response_type: 'ephemeral', text: m.stats.chart.failed });
}

/** The figures for the requester alone: ephemeral, or in their DM when long. */
async function answerRequester(
  { m, locale, viewer }: ActingUser,
  { report, drawable, args }: { report: StatsReport; drawable: boolean; args: CommandArgs },
): Promise<Answered> {
  const figures = statsMessage(report, { m, locale });
  if (isLong(report)) {
    const channel = await directMessageChannel(args.client, viewer.slackUserId);
    await args.client.chat.postMessage({ channel, ...figures });
    await args.respond({ response_type: 'ephemeral', text: m.stats.sentToDm });
  } else {
    const message: SlackMessage = drawable ? withNote(figures, m.stats.chart.inDm) : figures;
    await args.respond({ response_type: 'ephemeral', ...message });
  }
  return { to: 'requester' };
}

/**
 * The figures posted in the conversation, in the workspace's language like every
 * message meant for a channel. Where Touchbase cannot post, the requester gets
 * them alone and is told why.
 */
async function shareInConversation(
  user: ActingUser,
  report: StatsReport,
  args: CommandArgs,
): Promise<Answered> {
  const locale = workspaceLocale(user.workspace);
  const m = messages(locale);
  try {
    await args.client.chat.postMessage({
      channel: args.command.channel_id,
      ...sharedStatsMessage(report, { m, locale }, user.viewer.slackUserId),
    });
  } catch (error) {
    args.logger.info(`sharing statistics in ${args.command.channel_id} refused: ${String(error)}`);
    await args.respond({ response_type: 'ephemeral', text: user.m.stats.cannotShare });
    return answerRequester(user, {
      report,
      drawable: !isEmpty(report) && report.chart.layers.length > 0,
      args,
    });
  }
  await args.respond({ response_type: 'ephemeral', text: user.m.stats.shared });
  return { to: 'conversation', m, locale };
}
