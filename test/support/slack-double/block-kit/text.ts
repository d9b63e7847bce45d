import { isObj } from '../json';
import type { Problems } from './problems';

export interface TextRule {
  max: number;
  /** Buttons, headers, titles, labels and most option texts refuse mrkdwn. */
  plainOnly?: boolean;
}

/** A composition text object: {type: plain_text|mrkdwn, text}. */
export function checkText(p: Problems, pointer: string, value: unknown, rule: TextRule): void {
  if (!isObj(value)) {
    p.add(pointer, 'must provide an object');
    return;
  }
  const allowed = rule.plainOnly ? ['plain_text'] : ['plain_text', 'mrkdwn'];
  if (typeof value.type !== 'string' || !allowed.includes(value.type)) {
    p.add(`${pointer}/type`, 'must be a valid enum value');
  }
  if (typeof value.text !== 'string' || value.text.length === 0) {
    p.add(`${pointer}/text`, 'must be more than 0 characters');
    return;
  }
  p.maxChars(`${pointer}/text`, value.text, rule.max);
}

export function checkOptionalText(p: Problems, pointer: string, value: unknown, rule: TextRule): void {
  if (value !== undefined) checkText(p, pointer, value, rule);
}
