import { type Locale, messages } from '../../i18n';
import { BOM, csvLine, separatorFor } from '../exports/csv';
import type { ImportRowError } from './import-contacts';

/**
 * The per-row error report as CSV in the importer's language (with a BOM and the
 * locale's separator, like /activity export, so Excel opens it as it is). Column
 * headers come from the file, so they are guarded against formula injection.
 */
export function errorReportHeader(locale: Locale): string {
  const separator = separatorFor(locale);
  return (
    BOM +
    csvLine(
      messages(locale).imports.cli.reportHeader.map((text) => ({ text })),
      separator,
    )
  );
}

export function errorReportLine(error: ImportRowError, locale: Locale): string {
  return csvLine(
    [{ text: String(error.row) }, { text: error.column, user: true }, { text: error.message }],
    separatorFor(locale),
  );
}
