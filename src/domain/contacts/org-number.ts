export type OrgNumberProblem = 'format' | 'checkDigit';

/**
 * A Swedish organization number, `NNNNNN-NNNN` or ten digits without the dash,
 * normalised to the dashed form. The last digit is a Luhn check digit over the
 * other nine, so most typing mistakes are caught.
 */
export function parseOrgNumber(raw: string): { value: string } | { problem: OrgNumberProblem } {
  const match = /^(\d{6})-?(\d{4})$/.exec(raw.trim());
  if (!match) return { problem: 'format' };
  const digits = `${match[1]}${match[2]}`;
  if (!hasValidCheckDigit(digits)) return { problem: 'checkDigit' };
  return { value: `${match[1]}-${match[2]}` };
}

/** Luhn: from the left, every other digit doubled (digits of the product added), total divisible by 10. */
export function hasValidCheckDigit(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[i]);
    const weighted = i % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum % 10 === 0;
}
