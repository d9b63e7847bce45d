/**
 * A name as people type it after `#` or as a type filter: case, accents, spaces,
 * dashes and underscores do not matter (`#sales-north` finds "Sales North",
 * `mote` finds "Möte").
 */
export function looseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\s\-_]+/g, '');
}
