import { elementsOf } from '../block-kit/normalize';
import { clone, isObj, type JsonObject, type Obj } from '../json';
import { clientRefusal } from './client-checks';
import { filledElementState, initialElementState, isStateful } from './element-state';

export type StateValues = Record<string, Record<string, JsonObject>>;

interface InputSlot {
  blockId: string;
  actionId: string;
  label: string;
  block: Obj;
  element: Obj;
}

/** Input blocks of a view, with the label a person would read on screen. */
export function inputSlots(blocks: unknown): InputSlot[] {
  if (!Array.isArray(blocks)) return [];
  return blocks.filter(isObj).flatMap((block) => {
    if (block.type !== 'input' || !isObj(block.element)) return [];
    const label = isObj(block.label) ? String(block.label.text ?? '') : '';
    return [
      {
        blockId: String(block.block_id),
        actionId: String(block.element.action_id),
        label,
        block,
        element: block.element,
      },
    ];
  });
}

/** Every stateful element at its initial_* value (or empty): what a submission reports for untouched inputs. */
export function initialViewState(blocks: unknown): StateValues {
  const values: StateValues = {};
  for (const block of Array.isArray(blocks) ? blocks.filter(isObj) : []) {
    for (const el of elementsOf(block).filter(isStateful)) {
      const blockId = String(block.block_id);
      values[blockId] = { ...values[blockId], [String(el.action_id)]: initialElementState(el) };
    }
  }
  return values;
}

/** views.update keeps what the user already entered in elements whose block_id and action_id survive. */
export function carryOverState(previous: StateValues, blocks: unknown): StateValues {
  const fresh = initialViewState(blocks);
  const kept: StateValues = {};
  for (const [blockId, actions] of Object.entries(previous)) {
    for (const [actionId, state] of Object.entries(actions)) {
      if (fresh[blockId]?.[actionId]?.type !== state.type) continue;
      kept[blockId] = { ...kept[blockId], [actionId]: clone(state) };
    }
  }
  return kept;
}

function slotFor(slots: InputSlot[], key: string): InputSlot {
  const byLabel = slots.filter((s) => s.label === key);
  if (byLabel.length > 1)
    throw new Error(`label ${JSON.stringify(key)} is used by several inputs; fill by block_id`);
  const slot = byLabel[0] ?? slots.find((s) => s.blockId === key);
  if (slot) return slot;
  const known = slots.map((s) => `${JSON.stringify(s.label)} (block_id ${s.blockId})`).join(', ') || 'none';
  throw new Error(`no input labelled ${JSON.stringify(key)}; inputs are ${known}`);
}

/**
 * The state Slack would submit after a person filled the inputs named by label (or block_id).
 * Unfilled inputs keep their current value. Throws when Slack's client would block the submit.
 */
export function fillViewState(
  blocks: unknown,
  current: StateValues,
  fill: Record<string, unknown>,
  { enforceClientRules }: { enforceClientRules: boolean },
): StateValues {
  const slots = inputSlots(blocks);
  const values: StateValues = { ...initialViewState(blocks), ...clone(current) };
  for (const [key, wanted] of Object.entries(fill)) {
    const slot = slotFor(slots, key);
    values[slot.blockId] = {
      ...values[slot.blockId],
      [slot.actionId]: filledElementState(slot.element, wanted, `input ${JSON.stringify(slot.label)}`),
    };
  }
  if (enforceClientRules) {
    const refusals = slots.flatMap((s) => {
      const state = values[s.blockId]?.[s.actionId];
      const why = state ? clientRefusal(s.block, s.element, state, s.label) : undefined;
      return why ? [why] : [];
    });
    if (refusals.length > 0)
      throw new Error(`Slack's client would not submit this modal: ${refusals.join('; ')}`);
  }
  return values;
}
