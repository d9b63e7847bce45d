import type {
  AllMiddlewareArgs,
  BlockAction,
  RadioButtonsAction,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import { touchbase } from '../../request-context';
import { CONTACT_BLOCKS } from '../../views/contacts/contact-ids';
import { readMetadata } from '../../views/contacts/contact-metadata';
import { newContactModal } from '../../views/contacts/new-contact-modal';

type KindArgs = SlackActionMiddlewareArgs<BlockAction<RadioButtonsAction>> & AllMiddlewareArgs;
type OpenView = NonNullable<KindArgs['body']['view']>;

/** What the name field shows: typed by the user, or prefilled and not touched yet. */
function nameShown(view: OpenView): string | undefined {
  const typed = view.state.values[CONTACT_BLOCKS.name]?.[CONTACT_BLOCKS.name]?.value;
  if (typed) return typed;
  const block = view.blocks.find((b) => b.block_id === CONTACT_BLOCKS.name) as
    | { element?: { initial_value?: string } }
    | undefined;
  return block?.element?.initial_value || undefined;
}

/** Person ↔ organization in the `/contact new` modal: the form is swapped, the name kept. */
export async function contactKindAction({ ack, action, body, client, context }: KindArgs): Promise<void> {
  await ack();
  const { view } = body;
  if (!view) return;
  const { m } = touchbase(context);
  const kind = action.selected_option?.value === 'organization' ? 'organization' : 'person';
  const { channel } = readMetadata(view.private_metadata);
  await client.views.update({
    view_id: view.id,
    hash: view.hash,
    view: newContactModal(m, { kind, channel, name: nameShown(view) }),
  });
}
