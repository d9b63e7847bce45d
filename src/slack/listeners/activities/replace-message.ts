import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackMessage } from '../../views/help-view';

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/**
 * Updates the message a button was pressed in: a normal message with
 * chat.update, an ephemeral one (which chat.update cannot reach) through the
 * response URL. Buttons elsewhere (a modal, App Home) have no message to update.
 */
export async function replaceMessage(
  { body, client, respond }: ActionArgs,
  message: SlackMessage,
): Promise<void> {
  const container = body.container as {
    type?: string;
    is_ephemeral?: boolean;
    channel_id?: string;
    message_ts?: string;
  };
  if (container.type !== 'message') return;
  if (!container.is_ephemeral && container.channel_id && container.message_ts) {
    await client.chat.update({ channel: container.channel_id, ts: container.message_ts, ...message });
    return;
  }
  await respond({ replace_original: true, ...message });
}
