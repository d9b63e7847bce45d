import type { JsonObject, Obj } from '../json';
import { stateKey } from './element-state';

/**
 * Slack's own client refuses to submit a modal whose required inputs are empty or whose
 * text inputs break their declared limits; the app never sees such a submission, so a test
 * that produces one is testing something that cannot happen.
 */
export function clientRefusal(block: Obj, el: Obj, state: JsonObject, label: string): string | undefined {
  const value = state[stateKey(el)];
  const empty =
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) return block.optional === true ? undefined : `"${label}" is required`;
  if (typeof value !== 'string') return undefined;
  const min = typeof el.min_length === 'number' ? el.min_length : undefined;
  const max = typeof el.max_length === 'number' ? el.max_length : 3000;
  if (min !== undefined && value.length < min) return `"${label}" needs at least ${min} characters`;
  if (el.type === 'plain_text_input' && value.length > max)
    return `"${label}" allows at most ${max} characters`;
  if (el.type === 'email_text_input' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value))
    return `"${label}" is not an email`;
  if (el.type === 'url_text_input' && !URL.canParse(value)) return `"${label}" is not a URL`;
  if (el.type === 'number_input') return numberRefusal(el, value, label);
  return undefined;
}

function numberRefusal(el: Obj, value: string, label: string): string | undefined {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) return `"${label}" is not a number`;
  if (el.is_decimal_allowed !== true && !Number.isInteger(n)) return `"${label}" must be a whole number`;
  if (el.min_value !== undefined && n < Number(el.min_value))
    return `"${label}" is below ${String(el.min_value)}`;
  if (el.max_value !== undefined && n > Number(el.max_value))
    return `"${label}" is above ${String(el.max_value)}`;
  return undefined;
}
