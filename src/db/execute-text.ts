/**
 * `EXECUTE name(…)` for a statement prepared on an embedded PGlite session, which takes its
 * parameters as literals (EXECUTE binds none). Each value is written as the text the
 * extended protocol would have sent for it, in a quoted literal of no type, so PostgreSQL
 * reads it with the input function of the type it inferred for that parameter, as for a
 * bound parameter. A value with no such text (an object, a text with NUL) gives undefined:
 * that call goes unprepared.
 */
export function executeText(name: string, values: readonly unknown[]): string | undefined {
  const args: string[] = [];
  for (const value of values) {
    if (value === null || value === undefined) {
      args.push('NULL');
      continue;
    }
    const text = Array.isArray(value) ? arrayText(value) : scalarText(value);
    if (text === undefined || text.includes('\0')) return undefined;
    args.push(`E'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`);
  }
  return args.length === 0 ? `EXECUTE ${name}` : `EXECUTE ${name}(${args.join(', ')})`;
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  return undefined;
}

/** PostgreSQL's array text, `{"a","b",NULL}`, for a flat array of scalars. */
function arrayText(values: readonly unknown[]): string | undefined {
  const items: string[] = [];
  for (const value of values) {
    if (value === null || value === undefined) {
      items.push('NULL');
      continue;
    }
    const text = scalarText(value);
    if (text === undefined) return undefined;
    items.push(`"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`);
  }
  return `{${items.join(',')}}`;
}
