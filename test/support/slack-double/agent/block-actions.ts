import type { SlackDouble } from '../double';
import { clone, type JsonObject } from '../json';
import { asSlackMessage } from '../methods/message-rules';
import { filledElementState, isStateful, stateKey } from '../view-state/element-state';
import { fillViewState } from '../view-state/view-state';
import { actionIdsIn, chooseOption, findElement } from './lookup';
import { type AgentIdentity, interactionBase, slackTs } from './payload-base';

export type ActionContainer =
  | { type: 'message'; channelId: string; messageTs: string; isEphemeral?: boolean }
  | { type: 'view'; viewId: string };

export interface BlockActionsInput {
  userId: string;
  actionId: string;
  /** Button value; defaults to the stored button's value. For datepickers, the date. */
  value?: string;
  blockId?: string;
  /** Option value or text (or a full option object) for selects, radios and overflow menus. */
  selectedOption?: string | JsonObject;
  selectedUser?: string;
  container: ActionContainer;
  responseUrl?: string;
  /** Inputs of the view the person filled before clicking (by label or block_id). */
  fill?: Record<string, unknown>;
}

/** Blocks on screen where the click happened, when the double saw them go out. */
function blocksAt(double: SlackDouble, c: ActionContainer): unknown {
  if (c.type === 'view') {
    const view = double.view(c.viewId);
    if (!view) throw new Error(`blockActions: no view ${c.viewId} was opened through the double`);
    return view.blocks;
  }
  return c.isEphemeral
    ? double.workspace.channels.ephemeral(c.messageTs)?.blocks
    : double.message(c.channelId, c.messageTs)?.blocks;
}

function describeAction(input: BlockActionsInput, found: ReturnType<typeof findElement>): JsonObject {
  const el = found?.element;
  const type = String(
    el?.type ?? (input.selectedOption ? 'static_select' : input.selectedUser ? 'users_select' : 'button'),
  );
  const action: JsonObject = {
    action_id: input.actionId,
    block_id: input.blockId ?? String(found?.block.block_id ?? `${input.actionId}-block`),
    type,
    action_ts: slackTs(),
  };
  if (type === 'button') {
    if (el?.text) action.text = clone(el.text);
    const value = input.value ?? el?.value;
    if (value !== undefined) action.value = value;
    if (el?.style) action.style = el.style;
  } else if (input.selectedOption !== undefined) {
    action.selected_option = chooseOption(el, input.selectedOption);
  } else if (input.selectedUser !== undefined) {
    action.selected_user = input.selectedUser;
  } else if (type === 'datepicker' && input.value !== undefined) {
    action.selected_date = input.value;
  } else if (input.value !== undefined) {
    action.value = input.value;
  }
  return action;
}

/** Interacting with a stateful element changes what view.state reports from then on. */
function rememberChoice(
  double: SlackDouble,
  viewId: string,
  found: ReturnType<typeof findElement>,
  action: JsonObject,
) {
  const view = double.view(viewId);
  if (!view || !found || !isStateful(found.element)) return;
  const key = stateKey(found.element);
  if (action[key] === undefined) return;
  const state = filledElementState(found.element, undefined, '');
  state[key] = action[key];
  const values = clone(view.state.values);
  values[action.block_id] = { ...values[action.block_id], [action.action_id]: state };
  double.workspace.views.setState(viewId, values);
}

export function buildBlockActions(
  double: SlackDouble,
  who: AgentIdentity,
  input: BlockActionsInput,
): JsonObject {
  const { container: c, userId } = input;
  const blocks = blocksAt(double, c);
  const found = findElement(blocks, input.actionId, input.blockId);
  if (blocks !== undefined && !found) {
    throw new Error(
      `blockActions: no element with action_id ${input.actionId}; on screen: ${actionIdsIn(blocks).join(', ')}`,
    );
  }
  const action = describeAction(input, found);
  const payload: JsonObject = { type: 'block_actions', ...interactionBase(double, who, userId) };
  if (c.type === 'view') {
    const view = double.view(c.viewId)!;
    if (input.fill)
      double.workspace.views.setState(
        view.id,
        fillViewState(view.blocks, view.state.values, input.fill, { enforceClientRules: false }),
      );
    rememberChoice(double, c.viewId, found, action);
    Object.assign(payload, {
      container: { type: 'view', view_id: c.viewId },
      trigger_id: double.issueTriggerId({ userId, viewId: c.viewId }),
      view: clone(double.view(c.viewId)),
    });
  } else {
    const channel = double.channel(c.channelId);
    const stored = c.isEphemeral ? undefined : double.message(c.channelId, c.messageTs);
    const where = { userId, channelId: c.channelId, messageTs: c.messageTs, isEphemeral: c.isEphemeral };
    Object.assign(payload, {
      container: {
        type: 'message',
        message_ts: c.messageTs,
        channel_id: c.channelId,
        is_ephemeral: c.isEphemeral === true,
      },
      trigger_id: double.issueTriggerId(where),
      channel: { id: c.channelId, name: channel?.is_im ? 'directmessage' : (channel?.name ?? c.channelId) },
      state: { values: {} },
      response_url: input.responseUrl ?? double.issueResponseUrl(where),
      ...(stored ? { message: asSlackMessage(clone(stored)) } : {}),
    });
  }
  payload.actions = [action];
  return payload;
}
