import type { KnownBlock, ModalView } from '@slack/types';
import type { Messages } from '../../../i18n';
import type { ContactKind } from './contact-ids';

/**
 * What a contact modal remembers between opening and submitting (its
 * private_metadata): where to answer, and for edits which contact and which
 * message to update in place.
 */
export interface ContactModalMetadata {
  kind: ContactKind;
  /** The contact being edited; absent for a new one. */
  id?: number;
  /** The channel the user was in, for the confirmation. */
  channel?: string;
  /** The message that showed the card, updated in place after an edit. */
  responseUrl?: string;
}

export function writeMetadata(metadata: ContactModalMetadata): string {
  return JSON.stringify(metadata);
}

export function readMetadata(raw: string | undefined): ContactModalMetadata {
  try {
    const value = JSON.parse(raw ?? '') as Partial<ContactModalMetadata>;
    return {
      kind: value.kind === 'organization' ? 'organization' : 'person',
      id: typeof value.id === 'number' ? value.id : undefined,
      channel: typeof value.channel === 'string' ? value.channel : undefined,
      responseUrl: typeof value.responseUrl === 'string' ? value.responseUrl : undefined,
    };
  } catch {
    return { kind: 'person' };
  }
}

/** A contact form's modal, saved or cancelled; `metadata` comes back with the submission. */
export function contactFormModal(
  m: Messages,
  form: { callbackId: string; title: string; metadata: ContactModalMetadata; blocks: KnownBlock[] },
): ModalView {
  return {
    type: 'modal',
    callback_id: form.callbackId,
    title: { type: 'plain_text', text: form.title },
    submit: { type: 'plain_text', text: m.contacts.form.save },
    close: { type: 'plain_text', text: m.contacts.form.cancel },
    private_metadata: writeMetadata(form.metadata),
    blocks: form.blocks,
  };
}
