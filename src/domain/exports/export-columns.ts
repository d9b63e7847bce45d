import type { Messages } from '../../i18n';
import { typeNameIn } from '../activity-types/type-names';
import type { CsvValue } from './csv';
import type { ExportRow } from './export-ports';

/** The columns in order, named in the reader's language (product §3.1 and the system's own fields). */
const COLUMNS = [
  'id',
  'type',
  'subject',
  'status',
  'person',
  'organization',
  'start',
  'end',
  'responsible',
  'notes',
  'private',
  'created',
  'createdBy',
  'updated',
  'source',
] as const;

export function headerValues(m: Messages, timezone: string): CsvValue[] {
  // Times are local; the header says which zone so a reader elsewhere is not misled.
  const timed = new Set(['start', 'end', 'created', 'updated']);
  return COLUMNS.map((column) => ({
    text: timed.has(column)
      ? `${m.stats.export.columns[column]} (${timezone})`
      : m.stats.export.columns[column],
  }));
}

/**
 * Times come as `2026-03-02 14:30` in the reader's time zone (converted by the
 * database): sortable, and read by Excel as a date in any language.
 */
export function rowValues(row: ExportRow, m: Messages): CsvValue[] {
  return [
    { text: String(row.id) },
    { text: typeNameIn({ nameEn: row.typeNameEn, nameSv: row.typeNameSv }, m.locale), user: true },
    { text: row.subject, user: true },
    { text: m.status[row.status] },
    { text: row.personName, user: true },
    { text: row.organizationName ?? '', user: true },
    { text: row.start },
    { text: row.end ?? '' },
    { text: row.responsibleName, user: true },
    { text: row.notes ?? '', user: true },
    { text: row.isPrivate ? m.stats.export.yes : m.stats.export.no },
    { text: row.created },
    { text: row.creatorName ?? '', user: true },
    { text: row.updated },
    { text: row.source },
  ];
}
