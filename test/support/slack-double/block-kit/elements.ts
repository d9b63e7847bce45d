import { isObj, type Obj } from '../json';
import { checkOption, checkOptionList } from './options';
import type { Problems } from './problems';
import { checkOptionalText, checkText } from './text';

/** Elements an input block may hold; buttons, overflow menus and images may not. */
export const INPUT_ELEMENTS = new Set([
  'plain_text_input',
  'email_text_input',
  'url_text_input',
  'number_input',
  'rich_text_input',
  'static_select',
  'external_select',
  'users_select',
  'conversations_select',
  'channels_select',
  'multi_static_select',
  'multi_external_select',
  'multi_users_select',
  'multi_conversations_select',
  'multi_channels_select',
  'checkboxes',
  'radio_buttons',
  'datepicker',
  'timepicker',
  'datetimepicker',
  'file_input',
]);

const INTERACTIVE_ONLY = new Set(['button', 'overflow', 'workflow_button']);

function checkConfirm(p: Problems, pointer: string, confirm: unknown): void {
  if (confirm === undefined) return;
  if (!isObj(confirm)) {
    p.add(pointer, 'must provide an object');
    return;
  }
  checkText(p, `${pointer}/title`, confirm.title, { max: 100, plainOnly: true });
  checkText(p, `${pointer}/text`, confirm.text, { max: 300 });
  checkText(p, `${pointer}/confirm`, confirm.confirm, { max: 30, plainOnly: true });
  checkText(p, `${pointer}/deny`, confirm.deny, { max: 30, plainOnly: true });
}

function checkInitialOptions(p: Problems, pointer: string, el: Obj, values: string[]): void {
  const initial = [el.initial_option, ...(Array.isArray(el.initial_options) ? el.initial_options : [])];
  initial.forEach((o) => {
    if (o === undefined) return;
    if (!isObj(o) || typeof o.value !== 'string' || !values.includes(o.value)) {
      p.add(`${pointer}/initial_option`, 'must match one of the provided options');
    }
  });
}

function checkByType(p: Problems, pointer: string, el: Obj, type: string): void {
  switch (type) {
    case 'button':
      if (p.required(pointer, el, 'text'))
        checkText(p, `${pointer}/text`, el.text, { max: 75, plainOnly: true });
      p.maxChars(`${pointer}/value`, el.value, 2000);
      p.maxChars(`${pointer}/url`, el.url, 3000);
      if (el.style !== undefined && el.style !== 'primary' && el.style !== 'danger') {
        p.add(`${pointer}/style`, 'must be a valid enum value');
      }
      return;
    case 'static_select':
    case 'multi_static_select':
      checkInitialOptions(p, pointer, el, checkOptionList(p, pointer, el, { maxItems: 100 }));
      return;
    case 'overflow':
      p.array(`${pointer}/options`, el.options, { min: 1, max: 5 }).forEach((o, i) => {
        checkOption(p, `${pointer}/options/${i}`, o, false);
      });
      return;
    case 'checkboxes':
    case 'radio_buttons':
      checkInitialOptions(
        p,
        pointer,
        el,
        checkOptionList(p, pointer, el, { maxItems: 10, mrkdwnAllowed: true, groupsAllowed: false }),
      );
      return;
    case 'external_select':
    case 'multi_external_select':
      if (isObj(el.initial_option)) checkOption(p, `${pointer}/initial_option`, el.initial_option, false);
      return;
    case 'plain_text_input':
      for (const field of ['min_length', 'max_length'] as const) {
        const n = el[field];
        if (n !== undefined && (typeof n !== 'number' || n < 0 || n > 3000)) {
          p.add(`${pointer}/${field}`, 'must be a number between 0 and 3000');
        }
      }
      p.maxChars(`${pointer}/initial_value`, el.initial_value, 3000);
      return;
    case 'number_input':
      if (typeof el.is_decimal_allowed !== 'boolean')
        p.add(pointer, 'missing required field: is_decimal_allowed');
      return;
    case 'datepicker':
      if (el.initial_date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(el.initial_date))) {
        p.add(`${pointer}/initial_date`, 'must be a date in the format YYYY-MM-DD');
      }
      return;
    case 'timepicker':
      if (el.initial_time !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(String(el.initial_time))) {
        p.add(`${pointer}/initial_time`, 'must be a time in the format HH:mm');
      }
      return;
    case 'image':
      if (el.image_url === undefined && el.slack_file === undefined)
        p.add(pointer, 'missing required field: image_url');
      p.maxChars(`${pointer}/image_url`, el.image_url, 3000);
      if (p.required(pointer, el, 'alt_text')) p.maxChars(`${pointer}/alt_text`, el.alt_text, 2000);
      return;
    default:
      if (!INPUT_ELEMENTS.has(type) && !INTERACTIVE_ONLY.has(type))
        p.add(`${pointer}/type`, `unsupported type: ${type}`);
  }
}

export type ElementPlace = 'actions' | 'accessory' | 'input';

/** Why this element cannot stand here, if it cannot. */
function misplaced(type: string, place: ElementPlace): string | undefined {
  if (place === 'input' && !INPUT_ELEMENTS.has(type)) return `${type} is not allowed in an input block`;
  if (place === 'actions' && (type === 'image' || type.endsWith('_text_input') || type === 'number_input')) {
    return `${type} is not allowed in an actions block`;
  }
  return undefined;
}

export function checkElement(p: Problems, pointer: string, el: unknown, place: ElementPlace): void {
  const type = isObj(el) && typeof el.type === 'string' ? el.type : '';
  if (!isObj(el) || !type) {
    p.add(pointer, isObj(el) ? 'missing required field: type' : 'must provide an object');
    return;
  }
  const wrongPlace = misplaced(type, place);
  if (wrongPlace) {
    p.add(`${pointer}/type`, wrongPlace);
    return;
  }
  if (type !== 'image') p.uniqueId(`${pointer}/action_id`, el.action_id, p.actionIds, 'action_id');
  checkOptionalText(p, `${pointer}/placeholder`, el.placeholder, { max: 150, plainOnly: true });
  checkConfirm(p, `${pointer}/confirm`, el.confirm);
  checkByType(p, pointer, el, type);
}
