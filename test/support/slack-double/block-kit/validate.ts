import { isObj } from '../json';
import { checkBlock, type Surface } from './blocks';
import { checkOptionList } from './options';
import { Problems } from './problems';
import { checkOptionalText, checkText } from './text';

export interface BlockKitResult {
  ok: boolean;
  /** The Web API error Slack answers with; absent when ok. */
  error?: string;
  /** `[ERROR] … [json-pointer:…]` lines, as in `response_metadata.messages`. */
  messages: string[];
}

function result(p: Problems, error: string): BlockKitResult {
  return p.messages.length === 0 ? { ok: true, messages: [] } : { ok: false, error, messages: p.messages };
}

/** Blocks of chat.postMessage / chat.update / chat.postEphemeral / response_url (50 at most). */
export function validateMessageBlocks(blocks: unknown): BlockKitResult {
  const p = new Problems();
  if (blocks === undefined || blocks === null) return result(p, 'invalid_blocks');
  if (!Array.isArray(blocks)) {
    p.add('/blocks', 'must provide an array');
    return result(p, 'invalid_blocks_format');
  }
  p.maxItems('/blocks', blocks, 50);
  blocks.forEach((b, i) => {
    checkBlock(p, `/blocks/${i}`, b, 'message');
  });
  return result(p, 'invalid_blocks');
}

function checkModalChrome(p: Problems, view: Record<string, unknown>, blocks: unknown[]): void {
  if (p.required('/view', view, 'title'))
    checkText(p, '/view/title', view.title, { max: 24, plainOnly: true });
  checkOptionalText(p, '/view/submit', view.submit, { max: 24, plainOnly: true });
  checkOptionalText(p, '/view/close', view.close, { max: 24, plainOnly: true });
  if (view.submit === undefined && blocks.some((b) => isObj(b) && b.type === 'input')) {
    p.add('/view/submit', 'must provide submit when the view contains input blocks');
  }
}

/** A modal (views.open/update/push) or Home tab (views.publish) view: 100 blocks at most. */
export function validateView(view: unknown, expectedType?: 'modal' | 'home'): BlockKitResult {
  const p = new Problems();
  if (!isObj(view)) {
    p.add('/view', 'must provide an object');
    return result(p, 'invalid_arguments');
  }
  const type = view.type;
  if (type !== 'modal' && type !== 'home') p.add('/view/type', 'must be a valid enum value');
  else if (expectedType && type !== expectedType)
    p.add('/view/type', `must be ${expectedType} for this method`);
  const blocks = p.array('/view/blocks', view.blocks, { max: 100 });
  blocks.forEach((b, i) => {
    checkBlock(p, `/view/blocks/${i}`, b, (type === 'home' ? 'home' : 'modal') as Surface);
  });
  if (type === 'modal') checkModalChrome(p, view, blocks);
  p.maxChars('/view/private_metadata', view.private_metadata, 3000);
  p.maxChars('/view/callback_id', view.callback_id, 255);
  p.maxChars('/view/external_id', view.external_id, 255);
  return result(p, 'invalid_arguments');
}

/** The app's answer to a block_suggestion: ≤ 100 options (or groups), text ≤ 75, value ≤ 150. */
export function validateOptionsAnswer(answer: unknown): BlockKitResult {
  const p = new Problems();
  if (!isObj(answer)) p.add('', 'must provide an object with options or option_groups');
  // An empty list is a valid answer: the menu shows "No results" (a select's own options need one).
  else checkOptionList(p, '', answer, { maxItems: 100, minItems: 0 });
  return result(p, 'invalid_options');
}
