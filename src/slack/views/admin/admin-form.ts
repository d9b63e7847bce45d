import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import type { Messages } from '../../../i18n';
import { type AdminPages, encodeState, type ItemFormState, type ItemKey } from './admin-metadata';

/** A plain-text object, as every admin form's labels, hints, titles and options need. */
export const plain = (text: string) => ({ type: 'plain_text' as const, text });

/** An option of a select or radio group in an admin form. */
export const option = (text: string, value: string): PlainTextOption => ({ text: plain(text), value });

export interface AdminFormParts {
  callbackId: string;
  title: string;
  /** The submit button's word (*Save*, *Delete*, *Continue* …). */
  submit: string;
  /** The admin modal under the form (and the item it is about), for the listener of the submission. */
  state: AdminPages | ItemFormState<ItemKey>;
  blocks: KnownBlock[];
  /** The close button's word; *Cancel* when left out. */
  close?: string;
}

/** A form pushed over the admin modal: closing it goes back to the modal; submitting it is answered there. */
export function adminForm(m: Messages, parts: AdminFormParts): ModalView {
  return {
    type: 'modal',
    callback_id: parts.callbackId,
    title: plain(parts.title),
    submit: plain(parts.submit),
    close: plain(parts.close ?? m.admin.cancel),
    private_metadata: encodeState(parts.state),
    blocks: parts.blocks,
  };
}

/** Asks before something is deleted, revoked or erased: the question, and what else to know under it. */
export function adminConfirmForm(
  m: Messages,
  parts: Omit<AdminFormParts, 'blocks'> & { question: string; note?: string },
): ModalView {
  const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: parts.question } }];
  if (parts.note) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: parts.note }] });
  return adminForm(m, { ...parts, blocks });
}
