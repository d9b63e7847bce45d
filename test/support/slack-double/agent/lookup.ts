import { elementsOf } from '../block-kit/normalize';
import { clone, isObj, type JsonObject, type Obj } from '../json';
import { optionsOf, pickOption } from '../view-state/element-state';

export interface FoundElement {
  block: Obj;
  element: Obj;
}

/** The element a person clicked, located by action_id (and block_id when several blocks reuse it). */
export function findElement(blocks: unknown, actionId: string, blockId?: string): FoundElement | undefined {
  if (!Array.isArray(blocks)) return undefined;
  for (const block of blocks.filter(isObj)) {
    if (blockId !== undefined && block.block_id !== blockId) continue;
    const element = elementsOf(block).find((el) => el.action_id === actionId);
    if (element) return { block, element };
  }
  return undefined;
}

export function actionIdsIn(blocks: unknown): string[] {
  if (!Array.isArray(blocks)) return [];
  return blocks.filter(isObj).flatMap((b) => elementsOf(b).map((el) => String(el.action_id)));
}

/** An option named by value or visible text; free-form when the menu is unknown or external. */
export function chooseOption(el: Obj | undefined, wanted: unknown): JsonObject {
  if (el && optionsOf(el).length > 0) return pickOption(el, wanted, `menu ${String(el.action_id)}`);
  if (isObj(wanted)) return clone(wanted);
  return { text: { type: 'plain_text', text: String(wanted) }, value: String(wanted) };
}
