import type { Locale } from '../../i18n';

/** UTF-8 byte order mark: without it Excel reads UTF-8 as the local code page and mangles å, ä, ö. */
export const BOM = '\uFEFF';

/** Swedish Excel expects `;` (the comma is the decimal sign there); everyone else `,`. */
export function separatorFor(locale: Locale): ';' | ',' {
  return locale === 'sv' ? ';' : ',';
}

/**
 * One CSV cell (RFC 4180): quoted when it holds the separator, a quote or a line
 * break. Text a user typed that starts like a formula (`=`, `+`, `-`, `@`, tab,
 * CR) gets a leading apostrophe, so a spreadsheet shows it instead of running it.
 */
export function csvCell(value: string, separator: string, userText = false): string {
  const safe = userText && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvValue {
  text: string;
  /** Typed by a user (subject, notes, names): guarded against formula injection. */
  user?: boolean;
}

/** A line ends with CRLF, as RFC 4180 and Excel have it. */
export function csvLine(values: CsvValue[], separator: string): string {
  return `${values.map((v) => csvCell(v.text, separator, v.user)).join(separator)}\r\n`;
}
