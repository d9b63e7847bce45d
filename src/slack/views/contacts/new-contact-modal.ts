import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import type { Messages } from '../../../i18n';
import { organizationFormBlocks, personFormBlocks } from './contact-form';
import { CONTACT_ACTIONS, CONTACT_BLOCKS, CONTACT_CALLBACKS, type ContactKind } from './contact-ids';
import { contactFormModal } from './contact-metadata';

function kindBlock(m: Messages, kind: ContactKind): KnownBlock {
  const option = (value: ContactKind): PlainTextOption => ({
    text: { type: 'plain_text', text: m.contacts.kinds[value] },
    value,
  });
  return {
    type: 'input',
    block_id: CONTACT_BLOCKS.kind,
    // Choosing the other kind swaps the form at once (views.update), before submitting.
    dispatch_action: true,
    label: { type: 'plain_text', text: m.contacts.form.kind },
    element: {
      type: 'radio_buttons',
      action_id: CONTACT_ACTIONS.kind,
      options: [option('person'), option('organization')],
      initial_option: option(kind),
    },
  };
}

/** `/contact new`: person or organization, each with its own fields. */
export function newContactModal(
  m: Messages,
  options: { kind: ContactKind; channel?: string; name?: string },
): ModalView {
  const form =
    options.kind === 'person'
      ? personFormBlocks(m, { name: options.name })
      : organizationFormBlocks(m, { name: options.name });
  return contactFormModal(m, {
    callbackId: CONTACT_CALLBACKS.newContact,
    title: m.contacts.form.newTitle,
    metadata: { kind: options.kind, channel: options.channel },
    blocks: [kindBlock(m, options.kind), ...form],
  });
}
