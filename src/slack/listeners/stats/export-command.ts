import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { TextSink } from '../../../domain/exports/export-activities';
import { periodLabel } from '../../views/stats/period-label';
import { statsHelpMessage } from '../../views/stats/stats-help';
import type { ActingUser } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { directMessageChannel } from './direct-message';
import { uploadFileStreaming } from './stream-upload';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** A file written with backpressure: the export never runs ahead of the disk. */
function fileSink(stream: fs.WriteStream): TextSink {
  return {
    async write(chunk) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
  };
}

/**
 * `/activity export [period] [filters]` (product §6): the CSV is written to a
 * temporary file page by page and streamed from there into the user's DM, so no
 * export is ever whole in memory; the file is removed afterwards.
 */
export async function exportCommand(
  deps: ListenerDeps,
  user: ActingUser,
  { text, args }: { text: string; args: CommandArgs },
) {
  const { m, locale, viewer, workspace } = user;
  await args.ack({ response_type: 'ephemeral', text: m.stats.export.working });
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'touchbase-export-'));
  try {
    const filePath = path.join(dir, 'export.csv');
    const stream = fs.createWriteStream(filePath, { encoding: 'utf8' });
    let outcome: Awaited<ReturnType<typeof deps.stats.exportActivities.execute>>;
    try {
      outcome = await deps.stats.exportActivities.execute(workspace, viewer, {
        text,
        m,
        sink: fileSink(stream),
      });
    } finally {
      stream.end();
      await finished(stream);
    }
    if (!outcome.ok) {
      await args.respond({ response_type: 'ephemeral', ...statsHelpMessage(outcome.error, m) });
      return;
    }
    const period = periodLabel(outcome.period.unit, outcome.period, { m, locale });
    if (outcome.rows === 0) {
      await args.respond({ response_type: 'ephemeral', text: m.stats.export.empty(period) });
      return;
    }
    const channelId = await directMessageChannel(args.client, viewer.slackUserId);
    await uploadFileStreaming(args.client, {
      filePath,
      filename: `touchbase-${outcome.period.firstDay}_${outcome.period.lastDay}.csv`,
      title: m.stats.export.title(period),
      contentType: 'text/csv; charset=utf-8',
      channelId,
      initialComment: m.stats.export.done(outcome.rows, period),
    });
    await args.respond({ response_type: 'ephemeral', text: m.stats.export.sent(outcome.rows) });
  } catch (error) {
    args.logger.error(`/activity export failed: ${String(error)}`);
    await args.respond({ response_type: 'ephemeral', text: m.stats.export.failed }).catch(() => undefined);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
