import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { touchbase } from '../../request-context';
import { openSettings } from './open-settings';

/** `/activity settings`. Ack first: the trigger id lives 3 seconds. */
export async function settingsCommand({
  ack,
  client,
  command,
  context,
}: SlackCommandMiddlewareArgs & AllMiddlewareArgs) {
  await ack();
  await openSettings(client, command.trigger_id, touchbase(context));
}
