/**
 * Slack payloads are arbitrary JSON. Internally we treat them as `unknown` and narrow;
 * what we hand to tests is loosely typed so they can index into payloads without casts.
 */
// biome-ignore lint/suspicious/noExplicitAny: tests read recorded Slack JSON freely; narrowing every access would bury the intent
export type AnyJson = any;
export type JsonObject = Record<string, AnyJson>;
export type Obj = Record<string, unknown>;

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Form-encoded calls carry numbers and booleans as strings. */
export function int(value: unknown): number | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? Math.trunc(n) : undefined;
}

export function bool(value: unknown): boolean {
  return value === true || value === 'true' || value === '1' || value === 1;
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * What `JSON.parse(JSON.stringify(value))` gives, built without the text: strings are shared, not
 * copied twice (a submitted modal carries every input's text, a long one is megabytes of JSON).
 * Anything but plain data (a Date, a class instance, a Map) still goes through JSON.
 */
export function clone<T>(value: T): T {
  if (value === undefined) return value;
  const copy = jsonCopy(value);
  return (copy === undefined ? JSON.parse(JSON.stringify(value)) : copy) as T;
}

/** undefined where JSON.stringify leaves the value out (undefined, a function, a symbol). */
function jsonCopy(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // JSON writes -0 as 0 and what is not finite as null.
      return Number.isFinite(value) ? value + 0 : null;
    case 'object':
      if (value === null) return null;
      if (Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype && !hasToJson(value))
        // Holes, undefined and functions become null, as JSON writes them.
        return Array.from({ length: value.length }, (_, i) => jsonCopy(value[i]) ?? null);
      if (isPlainObject(value)) {
        const copy: Record<string, unknown> = {};
        for (const key of Object.keys(value)) {
          const item = jsonCopy((value as Record<string, unknown>)[key]);
          if (item === undefined) continue;
          // JSON.parse makes "__proto__" an own property; plain assignment would set the prototype.
          if (key === '__proto__')
            Object.defineProperty(copy, key, {
              value: item,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          else copy[key] = item;
        }
        return copy;
      }
      return throughJson(value);
    case 'bigint':
      return throughJson(value);
    default:
      return undefined;
  }
}

function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && !hasToJson(value);
}

function throughJson(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
}
