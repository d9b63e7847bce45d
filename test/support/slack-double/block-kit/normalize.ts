import { clone, isObj, type JsonObject, type Obj } from '../json';

/** Elements carried by a block: an input's element, a section's accessory, an actions block's elements. */
export function elementsOf(block: Obj): Obj[] {
  const found: unknown[] = [];
  if (block.type === 'input') found.push(block.element);
  if (block.type === 'section') found.push(block.accessory);
  if (block.type === 'actions' && Array.isArray(block.elements)) found.push(...block.elements);
  return found.filter((el): el is Obj => isObj(el) && el.type !== 'image');
}

/**
 * Slack stores and echoes blocks with a block_id on every block and an action_id on every
 * interactive element, inventing them when the app left them out; payloads then carry those ids.
 */
export function withGeneratedIds(blocks: unknown, nextId: () => string): JsonObject[] {
  if (!Array.isArray(blocks)) return [];
  const copy = clone(blocks) as unknown[];
  for (const block of copy) {
    if (!isObj(block)) continue;
    if (typeof block.block_id !== 'string') block.block_id = nextId();
    for (const el of elementsOf(block)) {
      if (typeof el.action_id !== 'string') el.action_id = nextId();
    }
  }
  return copy as JsonObject[];
}
