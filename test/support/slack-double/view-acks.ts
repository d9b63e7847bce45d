import { type KnownIds, mentionProblems } from './block-kit/mentions';
import { validateView } from './block-kit/validate';
import { isObj, type Obj } from './json';
import type { SlackView } from './types';
import { inputSlots } from './view-state/view-state';
import type { ViewStore } from './workspace/views';

export class BlockKitRefusal extends Error {
  constructor(
    what: string,
    readonly messages: string[],
  ) {
    super(`Slack would refuse ${what}:\n  ${messages.join('\n  ')}`);
    this.name = 'BlockKitRefusal';
  }
}

function checkedView(what: string, view: unknown, known?: KnownIds): Obj {
  const verdict = validateView(view, 'modal');
  if (!verdict.ok) throw new BlockKitRefusal(what, verdict.messages);
  const stray = known ? mentionProblems({ view }, known) : [];
  if (stray.length > 0) throw new BlockKitRefusal(what, stray);
  return view as Obj;
}

/** Field errors only show next to input blocks; any other key is an error nobody would see. */
function checkErrors(view: SlackView, errors: unknown): void {
  if (!isObj(errors))
    throw new BlockKitRefusal('the view_submission ack', ['[ERROR] errors must be an object']);
  const inputIds = new Set(inputSlots(view.blocks).map((s) => s.blockId));
  const stray = Object.keys(errors).filter((k) => !inputIds.has(k));
  if (stray.length > 0) {
    throw new BlockKitRefusal('the view_submission ack', [
      `[ERROR] errors name ${stray.join(', ')}, which are not input block_ids of the view (${[...inputIds].join(', ')})`,
    ]);
  }
}

/** What Slack does with the modal after the app acks a view_submission. */
export function applyViewSubmissionAck(
  views: ViewStore,
  view: SlackView,
  ack: Obj | undefined,
  known?: KnownIds,
): void {
  const action = ack?.response_action;
  if (!ack || action === undefined) views.close(view.id);
  else if (action === 'errors') checkErrors(view, ack.errors);
  else if (action === 'update')
    views.update(view, checkedView('the response_action:update view', ack.view, known));
  else if (action === 'push')
    views.push(checkedView('the response_action:push view', ack.view, known), view, views.ownerOf(view.id));
  else if (action === 'clear') views.closeStack(view.root_view_id);
  else
    throw new BlockKitRefusal('the view_submission ack', [
      `[ERROR] unknown response_action ${String(action)}`,
    ]);
}
