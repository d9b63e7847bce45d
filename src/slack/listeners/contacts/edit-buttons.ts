import type { ModalView } from '@slack/types';
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import { modalTrigger, openModal } from '../../open-modal';
import { touchbase } from '../../request-context';
import type { EditOrigin } from '../../views/contacts/edit-contact-modals';
import { actingViewer, plainMessage, userMessage } from './acting-viewer';
import { type ButtonArgs, contactId } from './card-buttons';

/**
 * Opens an edit modal for the contact on a card. The modal remembers the card's
 * response_url, so saving updates that very message.
 */
export async function openEditModal(
  args: ButtonArgs,
  build: (request: { viewer: Viewer; m: Messages; id: number; origin: EditOrigin }) => Promise<ModalView>,
): Promise<void> {
  const { ack, action, body, respond, context } = args;
  await ack();
  const origin: EditOrigin = { channel: body.channel?.id, responseUrl: body.response_url };
  try {
    const { viewer, m } = actingViewer(context);
    const view = await build({ viewer, m, id: contactId(action), origin });
    await openModal(modalTrigger(args), view);
  } catch (error) {
    const { m } = touchbase(context);
    const known = userMessage(error, m);
    if (known === undefined) throw error;
    await respond({ response_type: 'ephemeral', replace_original: false, ...plainMessage(known) });
  }
}
