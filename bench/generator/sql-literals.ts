// The generator's SQL is built from our own constants, not user input; literals keep
// each statement self-contained so both drivers run it without parameter plumbing.

export function text(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function textArray(values: readonly string[]): string {
  return `ARRAY[${values.map(text).join(',')}]::text[]`;
}

export function intArray(values: readonly number[]): string {
  return `ARRAY[${values.map((value) => String(Math.trunc(value))).join(',')}]::int[]`;
}

/** `(array)[1 + index]`: SQL arrays count from one. */
export function element(array: string, zeroBasedIndex: string): string {
  return `(${array})[1 + ${zeroBasedIndex}]`;
}

/** Prisma keeps DateTime as UTC in `timestamp(3)` columns, whatever the session's time zone. */
export function timestamp(date: Date): string {
  return `(${text(date.toISOString())}::timestamptz AT TIME ZONE 'UTC')`;
}
