/** Swedish numbers as typed in times and spans ("halv tre", "om två dagar"). */
export const SWEDISH_NUMBERS: Record<string, number> = {
  en: 1,
  ett: 1,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  elva: 11,
  tolv: 12,
};

export const SWEDISH_WEEKDAYS: Record<string, number> = {
  söndag: 0,
  måndag: 1,
  tisdag: 2,
  onsdag: 3,
  torsdag: 4,
  fredag: 5,
  lördag: 6,
};

/** Longest first, so an alternation never stops at a shorter word that starts a longer one. */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

/** A number typed as digits or as a Swedish word. */
export function swedishNumber(text: string): number {
  const lower = text.toLowerCase();
  return SWEDISH_NUMBERS[lower] ?? Number(lower);
}

/** Not inside a word or a number: what comes before and after a phrase. */
export const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
export const AFTER = String.raw`(?![\p{L}\p{N}])`;
