import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { modalTrigger } from '../../open-modal';
import { touchbase } from '../../request-context';
import { openSettings } from './open-settings';

/** `/activity settings`. Ack first: the trigger id lives 3 seconds. */
export async function settingsCommand(args: SlackCommandMiddlewareArgs & AllMiddlewareArgs) {
  await args.ack();
  await openSettings(modalTrigger(args), touchbase(args.context));
}
