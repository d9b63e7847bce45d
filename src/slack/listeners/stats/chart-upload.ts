import type { Logger, WebClient } from '@slack/web-api';
import { renderPng } from '../../../charts/render-png';
import { stackedBarsSvg } from '../../../charts/stacked-bars-svg';
import type { StatsReport } from '../../../domain/stats/stats-report';
import type { Locale, Messages } from '../../../i18n';
import { statsChart } from '../../views/stats/stats-chart';
import { directMessageChannel } from './direct-message';

export type ChartPlace = 'conversation' | 'dm' | 'failed';

/**
 * Draws the report's chart and uploads it with `files.uploadV2`: into the
 * conversation when the figures were shared there, else (or when the app cannot
 * post there: not a member, someone else's DM, archived) into the user's DM.
 */
export async function uploadChart(input: {
  client: WebClient;
  logger: Logger;
  report: StatsReport;
  m: Messages;
  locale: Locale;
  /** The conversation to share the chart in; null: the requester's DM. */
  channelId: string | null;
  slackUserId: string;
}): Promise<ChartPlace> {
  const { client, report, m, locale } = input;
  const chart = statsChart(report, m, locale);
  const png = renderPng(stackedBarsSvg(chart));
  const upload = (channelId: string) =>
    client.files.uploadV2({
      channel_id: channelId,
      file: png.data,
      filename: `touchbase-${report.period.firstDay}_${report.period.lastDay}.png`,
      title: `${chart.title} · ${chart.subtitle ?? ''}`,
      alt_text: m.stats.chart.alt(chart.title),
    });
  if (input.channelId !== null) {
    try {
      await upload(input.channelId);
      return 'conversation';
    } catch (error) {
      input.logger.info(`chart upload to ${input.channelId} refused, trying the DM: ${String(error)}`);
    }
  }
  try {
    await upload(await directMessageChannel(client, input.slackUserId));
    return 'dm';
  } catch (error) {
    input.logger.error(`chart upload to the DM failed: ${String(error)}`);
    return 'failed';
  }
}
