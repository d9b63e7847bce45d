import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import { modalTrigger, openModal } from '../../open-modal';
import type { EditOrigin } from '../../views/contacts/edit-contact-modals';
import type { SlackMessage } from '../../views/help-view';
import { actingUser } from '../acting-user';
import { replaceMessage } from '../activities/replace-message';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** Who pressed a contact button, and the contact id it carries as its value. */
export interface ContactPress {
  viewer: Viewer;
  m: Messages;
  id: number;
}

/** The contact id a card button carries as its value. */
export function contactId(action: ButtonAction): number {
  const id = Number.parseInt(action.value ?? '', 10);
  return Number.isSafeInteger(id) ? id : 0;
}

/**
 * Acknowledges a button on a contact card or search result and draws what it asks for.
 * A refusal (a contact gone, an archived one for a non-admin) is said to the presser
 * alone, in their language, by the Slack error path (listenerErrors).
 */
async function pressed<T>(args: ButtonArgs, draw: (press: ContactPress) => Promise<T>): Promise<T> {
  await args.ack();
  const { viewer, m } = actingUser(args.context);
  return draw({ viewer, m, id: contactId(args.action) });
}

/** Answers with a new message only the presser sees (a card, usually). */
export async function answerWithMessage(
  args: ButtonArgs,
  build: (press: ContactPress) => Promise<SlackMessage>,
): Promise<void> {
  const message = await pressed(args, build);
  await args.respond({ response_type: 'ephemeral', replace_original: false, ...message });
}

/** A button that changes the card it sits on (another page of persons, *Restore*): the card is drawn again in place. */
export async function redrawCard(
  args: ButtonArgs,
  build: (press: ContactPress) => Promise<SlackMessage>,
): Promise<void> {
  await replaceMessage(args, await pressed(args, build));
}

/**
 * Opens an edit modal for the contact on a card. The modal remembers the card's
 * response_url, so saving updates that very message.
 */
export async function openEditModal(
  args: ButtonArgs,
  build: (press: ContactPress & { origin: EditOrigin }) => Promise<ModalView>,
): Promise<void> {
  const origin: EditOrigin = { channel: args.body.channel?.id, responseUrl: args.body.response_url };
  const view = await pressed(args, (press) => build({ ...press, origin }));
  await openModal(modalTrigger(args), view);
}
