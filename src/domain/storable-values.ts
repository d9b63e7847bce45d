/**
 * What PostgreSQL can keep. Text must not contain NUL (PostgreSQL refuses it in
 * every text column) nor a lone UTF-16 surrogate (JSON allows `"\ud800"`, but it is
 * no character and cannot be written as UTF-8). Timestamps must lie in the years
 * 0001–9999 (UTC): PostgreSQL has no year 0, and outside that range the ISO form
 * JavaScript writes is not one PostgreSQL reads. Every boundary (REST API schemas,
 * Slack modal submissions) checks input with these before it reaches a service.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

export const EARLIEST_STORABLE_YEAR = 1;
export const LATEST_STORABLE_YEAR = 9999;

export function isStorableDate(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= EARLIEST_STORABLE_YEAR && year <= LATEST_STORABLE_YEAR;
}
