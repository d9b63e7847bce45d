import { touchbase } from '../../request-context';
import { newContactModal } from '../../views/contacts/new-contact-modal';
import type { ButtonArgs } from './card-buttons';

/** *Create contact* under "no match": the `/contact new` form, the searched text as the name. */
export async function openNewContactButton({
  ack,
  action,
  body,
  client,
  context,
}: ButtonArgs): Promise<void> {
  await ack();
  const { m } = touchbase(context);
  const typed = action.value?.trim();
  // Numbers are more likely a phone than a name: they do not go into the name field.
  const name = typed && !/^[\d\s+\-().]+$/.test(typed) ? typed : undefined;
  await client.views.open({
    trigger_id: body.trigger_id,
    view: newContactModal(m, { kind: 'person', channel: body.channel?.id, name }),
  });
}
