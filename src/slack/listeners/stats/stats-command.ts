import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { periodLabel } from '../../views/stats/period-label';
import { statsHelpMessage } from '../../views/stats/stats-help';
import { isEmpty, isLong, statsMessage } from '../../views/stats/stats-message';
import type { ActingUser } from '../activities/acting-user';
import type { ListenerDeps } from '../deps';
import { uploadChart } from './chart-upload';
import { directMessageChannel } from './direct-message';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/**
 * `/activity stats [period] [@user|#team|type]` (SPEC 6). Acked at once (the
 * figures may take longer than Slack's 3 s), then answered through the response
 * URL: the figures ephemerally, or in a DM when they are long, and the chart as
 * an image in the conversation.
 */
export async function statsCommand(deps: ListenerDeps, user: ActingUser, text: string, args: CommandArgs) {
  const { m, locale, viewer, workspace } = user;
  await args.ack({ response_type: 'ephemeral', text: m.stats.working });
  try {
    const outcome = await deps.stats.getStats.execute(workspace, viewer, text);
    if (!outcome.ok) {
      await args.respond({ response_type: 'ephemeral', ...statsHelpMessage(outcome.error, m) });
      return;
    }
    const { report } = outcome;
    const message = statsMessage(report, { m, locale });
    if (isLong(report)) {
      const channel = await directMessageChannel(args.client, viewer.slackUserId);
      await args.client.chat.postMessage({ channel, ...message });
      await args.respond({ response_type: 'ephemeral', text: m.stats.sentToDm });
    } else {
      await args.respond({ response_type: 'ephemeral', ...message });
    }
    if (isEmpty(report)) return;
    if (report.chart.layers.length === 0) {
      // Created or completed in the period, but none starts in it: nothing to draw, and no empty chart.
      const period = periodLabel(report.period.unit, report.period, m, locale);
      await args.respond({ response_type: 'ephemeral', text: m.stats.noData(period) });
      return;
    }
    const place = await uploadChart({
      client: args.client,
      logger: args.logger,
      report,
      m,
      locale,
      channelId: args.command.channel_id,
      slackUserId: viewer.slackUserId,
    });
    if (place === 'dm') await args.respond({ response_type: 'ephemeral', text: m.stats.chart.movedToDm });
    if (place === 'failed') await args.respond({ response_type: 'ephemeral', text: m.stats.chart.failed });
  } catch (error) {
    args.logger.error(`/activity stats failed: ${String(error)}`);
    await args.respond({ response_type: 'ephemeral', text: m.errors.generic }).catch(() => undefined);
  }
}
