/**
 * The columns an import file may have, and the header names (English and
 * Swedish) each is known by. Headers are compared without case, accents,
 * spaces or punctuation, so "E-post", "e-post" and "EPOST" are one column.
 * README "Importing contacts" documents this table.
 */
export type ImportColumn = 'name' | 'email' | 'phone' | 'organization' | 'orgNumber' | 'externalId' | 'kind';

export const COLUMN_NAMES: Record<ImportColumn, readonly string[]> = {
  name: ['name', 'full name', 'namn', 'fullständigt namn', 'kontakt', 'contact'],
  email: [
    'email',
    'e-mail',
    'mail',
    'e-mail address',
    'email address',
    'e-post',
    'epost',
    'e-postadress',
    'mejl',
  ],
  phone: [
    'phone',
    'telephone',
    'mobile',
    'phone number',
    'telefon',
    'tel',
    'mobil',
    'telefonnummer',
    'mobilnummer',
  ],
  organization: [
    'organization',
    'organisation',
    'company',
    'organization name',
    'företag',
    'organisationsnamn',
  ],
  orgNumber: [
    'organization number',
    'organisation number',
    'org number',
    'org no',
    'organisationsnummer',
    'org nr',
    'orgnr',
  ],
  externalId: ['external id', 'externalid', 'ext id', 'externt id', 'extern id', 'externt-id'],
  kind: ['kind', 'contact type', 'typ', 'sort', 'kontakttyp'],
};

/** Lower case, no accents, letters and digits only. */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const BY_KEY = new Map<string, ImportColumn>(
  (Object.entries(COLUMN_NAMES) as [ImportColumn, readonly string[]][]).flatMap(([column, names]) =>
    names.map((name) => [headerKey(name), column] as const),
  ),
);

export interface HeaderMap {
  /** Field index of each known column present in the file. */
  indexOf: Partial<Record<ImportColumn, number>>;
  /** The header as the file wrote it, for the error report. */
  labelOf: Partial<Record<ImportColumn, string>>;
  /** Headers that matched no column; their values are not imported. */
  ignored: string[];
}

export type HeaderProblem =
  | { problem: 'noName' }
  | { problem: 'duplicate'; column: ImportColumn; headers: [string, string] };

export function mapHeader(headers: string[]): HeaderMap | HeaderProblem {
  const map: HeaderMap = { indexOf: {}, labelOf: {}, ignored: [] };
  for (const [index, raw] of headers.entries()) {
    const header = raw.trim();
    const column = BY_KEY.get(headerKey(header));
    if (!column) {
      if (header !== '') map.ignored.push(header);
      continue;
    }
    const earlier = map.labelOf[column];
    if (earlier !== undefined) return { problem: 'duplicate', column, headers: [earlier, header] };
    map.indexOf[column] = index;
    map.labelOf[column] = header;
  }
  if (map.indexOf.name === undefined) return { problem: 'noName' };
  return map;
}

export type ContactKind = 'person' | 'organization';

const KINDS = new Map<string, ContactKind>([
  ['person', 'person'],
  ['p', 'person'],
  ['organization', 'organization'],
  ['organisation', 'organization'],
  ['org', 'organization'],
  ['o', 'organization'],
  ['company', 'organization'],
  ['foretag', 'organization'],
]);

/** An empty kind is a person; anything unknown is undefined (the row is refused). */
export function parseKind(raw: string | undefined): ContactKind | undefined {
  const key = headerKey(raw ?? '');
  return key === '' ? 'person' : KINDS.get(key);
}
