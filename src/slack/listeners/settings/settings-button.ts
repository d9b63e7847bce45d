import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { modalTrigger } from '../../open-modal';
import { touchbase } from '../../request-context';
import { openSettings } from './open-settings';

/** The *Settings* button (action id `settings_open`), e.g. on the Home tab. */
export async function settingsButton(args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) {
  await args.ack();
  await openSettings(modalTrigger(args), touchbase(args.context));
}
