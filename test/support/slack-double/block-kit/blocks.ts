import { isObj } from '../json';
import { checkElement } from './elements';
import type { Problems } from './problems';
import { checkOptionalText, checkText } from './text';

export type Surface = 'message' | 'modal' | 'home';

const CONTEXT_TEXT = new Set(['plain_text', 'mrkdwn']);
const LOOSELY_CHECKED = new Set(['divider', 'rich_text', 'file', 'video', 'markdown', 'call', 'table']);

function checkSection(p: Problems, at: string, block: Record<string, unknown>): void {
  if (block.text === undefined && block.fields === undefined) p.add(at, 'missing required field: text');
  checkOptionalText(p, `${at}/text`, block.text, { max: 3000 });
  if (block.fields !== undefined) {
    p.array(`${at}/fields`, block.fields, { min: 1, max: 10 }).forEach((f, i) => {
      checkText(p, `${at}/fields/${i}`, f, { max: 2000 });
    });
  }
  if (block.accessory !== undefined) checkElement(p, `${at}/accessory`, block.accessory, 'accessory');
}

function checkContext(p: Problems, at: string, block: Record<string, unknown>): void {
  p.array(`${at}/elements`, block.elements, { min: 1, max: 10 }).forEach((el, i) => {
    const type = isObj(el) ? el.type : undefined;
    if (typeof type === 'string' && CONTEXT_TEXT.has(type))
      checkText(p, `${at}/elements/${i}`, el, { max: 3000 });
    else if (type === 'image') checkElement(p, `${at}/elements/${i}`, el, 'accessory');
    else p.add(`${at}/elements/${i}`, 'context elements must be text objects or images');
  });
}

function checkInput(p: Problems, at: string, block: Record<string, unknown>): void {
  if (p.required(at, block, 'label'))
    checkText(p, `${at}/label`, block.label, { max: 2000, plainOnly: true });
  if (p.required(at, block, 'element')) checkElement(p, `${at}/element`, block.element, 'input');
  checkOptionalText(p, `${at}/hint`, block.hint, { max: 2000, plainOnly: true });
}

type BlockCheck = (p: Problems, at: string, block: Record<string, unknown>) => void;

const CHECKS: Record<string, BlockCheck> = {
  section: checkSection,
  context: checkContext,
  input: checkInput,
  header: (p, at, block) => {
    if (p.required(at, block, 'text')) checkText(p, `${at}/text`, block.text, { max: 150, plainOnly: true });
  },
  actions: (p, at, block) => {
    p.array(`${at}/elements`, block.elements, { min: 1, max: 25 }).forEach((el, i) => {
      checkElement(p, `${at}/elements/${i}`, el, 'actions');
    });
  },
  image: (p, at, block) => {
    checkOptionalText(p, `${at}/title`, block.title, { max: 2000, plainOnly: true });
    checkElement(p, at, { ...block, block_id: undefined }, 'accessory');
  },
};

export function checkBlock(p: Problems, at: string, block: unknown, surface: Surface): void {
  if (!isObj(block)) {
    p.add(at, 'must provide an object');
    return;
  }
  p.uniqueId(`${at}/block_id`, block.block_id, p.blockIds, 'block_id');
  const type = block.type;
  if (typeof type !== 'string') p.add(at, 'missing required field: type');
  else if (CHECKS[type]) CHECKS[type](p, at, block);
  else if (!LOOSELY_CHECKED.has(type)) p.add(`${at}/type`, `unsupported type: ${type}`);
  else if (type === 'markdown' && surface !== 'message')
    p.add(`${at}/type`, 'markdown blocks are for messages only');
}
