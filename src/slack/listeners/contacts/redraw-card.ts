import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import { touchbase } from '../../request-context';
import type { SlackMessage } from '../../views/help-view';
import { replaceMessage, tellPresser } from '../activities/replace-message';
import { actingViewer, userMessage } from './acting-viewer';
import { type ButtonArgs, contactId } from './card-buttons';

/**
 * A button that changes the card it sits on (another page of persons, *Restore*):
 * the card is drawn again in place. A refusal leaves the card as it is and is
 * said to the presser alone, in their language.
 */
export async function redrawCard(
  args: ButtonArgs,
  build: (request: { viewer: Viewer; m: Messages; id: number }) => Promise<SlackMessage>,
): Promise<void> {
  const { ack, action, context, logger } = args;
  await ack();
  let message: SlackMessage;
  try {
    const { viewer, m } = actingViewer(context);
    message = await build({ viewer, m, id: contactId(action) });
  } catch (error) {
    const { m } = touchbase(context);
    const known = userMessage(error, m);
    if (known === undefined) logger.error(error);
    await tellPresser(args, known ?? m.errors.generic);
    return;
  }
  await replaceMessage(args, message);
}
