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

export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
