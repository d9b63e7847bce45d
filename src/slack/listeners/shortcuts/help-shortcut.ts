import type { AllMiddlewareArgs, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { touchbase } from '../../request-context';
import { helpModal } from '../../views/help-modal';

/** Shortcuts have no channel to answer in: the help opens as a modal. */
export async function helpShortcut({
  shortcut,
  ack,
  client,
  context,
}: SlackShortcutMiddlewareArgs & AllMiddlewareArgs) {
  await ack();
  await client.views.open({ trigger_id: shortcut.trigger_id, view: helpModal(touchbase(context).m) });
}
