import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { touchbase } from '../../request-context';
import { openSettings } from './open-settings';

/** The *Settings* button (action id `settings_open`), e.g. on the Home tab. */
export async function settingsButton({
  ack,
  body,
  client,
  context,
}: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) {
  await ack();
  await openSettings(client, body.trigger_id, touchbase(context));
}
