import type { Locale } from '../../i18n';

/** An activity type's name in each language: every surface shows its reader's. */
export interface TypeNames {
  en: string;
  sv: string;
}

/** The names of a type row as the database keeps them. */
export function typeNames(row: { nameEn: string; nameSv: string }): TypeNames {
  return { en: row.nameEn, sv: row.nameSv };
}

/** The name a reader of `locale` sees. */
export function nameIn(names: TypeNames, locale: Locale): string {
  return names[locale];
}

/** The name of a type row in the reader's language. */
export function typeNameIn(row: { nameEn: string; nameSv: string }, locale: Locale): string {
  return locale === 'sv' ? row.nameSv : row.nameEn;
}
