import { modalTrigger, openModal } from '../../open-modal';
import { newContactModal } from '../../views/contacts/new-contact-modal';
import type { ButtonArgs } from './card-buttons';

/** *Create contact* under "no match": the `/contact new` form, the searched text as the name. */
export async function openNewContactButton(args: ButtonArgs): Promise<void> {
  const { ack, action, body } = args;
  await ack();
  const trigger = modalTrigger(args);
  const typed = action.value?.trim();
  // Numbers are more likely a phone than a name: they do not go into the name field.
  const name = typed && !/^[\d\s+\-().]+$/.test(typed) ? typed : undefined;
  await openModal(trigger, newContactModal(trigger.m, { kind: 'person', channel: body.channel?.id, name }));
}
