import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import { touchbase } from '../../request-context';
import type { SlackMessage } from '../../views/help-view';
import { actingViewer, plainMessage, userMessage } from './acting-viewer';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** The contact id a card button carries as its value. */
export function contactId(action: ButtonAction): number {
  const id = Number.parseInt(action.value ?? '', 10);
  return Number.isSafeInteger(id) ? id : 0;
}

/**
 * Answers a button with a new message only the user sees (a card, usually);
 * a refusal is said in the user's language instead.
 */
export async function answerWithMessage(
  args: ButtonArgs,
  build: (request: { viewer: Viewer; m: Messages; id: number }) => Promise<SlackMessage>,
): Promise<void> {
  const { ack, action, respond, context, logger } = args;
  await ack();
  let message: SlackMessage;
  try {
    const { viewer, m } = actingViewer(context);
    message = await build({ viewer, m, id: contactId(action) });
  } catch (error) {
    const { m } = touchbase(context);
    const known = userMessage(error, m);
    if (known === undefined) logger.error(error);
    message = plainMessage(known ?? m.errors.generic);
  }
  await respond({ response_type: 'ephemeral', replace_original: false, ...message });
}
