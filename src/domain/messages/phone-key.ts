/**
 * The digits of a phone number as the database's touchbase_phone_keys() knows
 * them: `+46 70-123 45 67`, `0046701234567` and `070 123 45 67` all match one
 * person (the function lists both the 0… and the 46… form of a stored number).
 * Null when there are too few digits to be a number.
 */
export function phoneKey(raw: string): string | null {
  let digits = raw.replace(/\D/g, '');
  if (digits.startsWith('00')) digits = digits.slice(2);
  return digits.length >= 6 ? digits : null;
}
