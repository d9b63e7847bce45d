import { isObj } from '../json';

/** Collects refusals in the shape Slack puts into `response_metadata.messages`. */
export class Problems {
  readonly messages: string[] = [];
  readonly blockIds = new Set<string>();
  readonly actionIds = new Set<string>();

  add(pointer: string, message: string): void {
    this.messages.push(`[ERROR] ${message} [json-pointer:${pointer}]`);
  }

  maxChars(pointer: string, value: unknown, max: number): void {
    if (typeof value === 'string' && value.length > max)
      this.add(pointer, `must be less than ${max + 1} characters`);
  }

  maxItems(pointer: string, value: unknown, max: number): void {
    if (Array.isArray(value) && value.length > max) this.add(pointer, `must be less than ${max + 1} items`);
  }

  /** Returns the array when it is one, so callers can walk it. */
  array(pointer: string, value: unknown, { min = 0, max }: { min?: number; max: number }): unknown[] {
    if (!Array.isArray(value)) {
      this.add(pointer, 'must provide an array');
      return [];
    }
    if (value.length < min) this.add(pointer, `must provide at least ${min} items`);
    this.maxItems(pointer, value, max);
    return value;
  }

  required(pointer: string, owner: unknown, field: string): boolean {
    if (isObj(owner) && owner[field] !== undefined && owner[field] !== null) return true;
    this.add(pointer, `missing required field: ${field}`);
    return false;
  }

  /** block_id and action_id: ≤ 255 characters and unique within one message or view. */
  uniqueId(pointer: string, value: unknown, seen: Set<string>, kind: string): void {
    if (value === undefined) return;
    if (typeof value !== 'string' || value.length === 0) {
      this.add(pointer, 'must be more than 0 characters');
      return;
    }
    this.maxChars(pointer, value, 255);
    if (seen.has(value)) this.add(pointer, `non-unique ${kind} "${value}"`);
    seen.add(value);
  }
}
