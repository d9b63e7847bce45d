import type { Messages } from '../../i18n';
import {
  checkEmail,
  checkExternalId,
  checkName,
  checkOrgNumber,
  checkPhone,
  cleanText,
  FieldCheck,
} from '../contacts/contact-fields';
import { ValidationError } from '../validation-error';
import { type HeaderMap, type ImportColumn, parseKind } from './import-columns';

type Message = (m: Messages) => string;

/** A checked row describing a person (optionally with the organization they belong to). */
export interface PersonRow {
  kind: 'person';
  row: number;
  name: string;
  email: string | null;
  phone: string | null;
  externalId: string | null;
  /** Null when the row names no organization (the stored one is kept). */
  organization: { name: string | null; orgNumber: string | null } | null;
}

/** A checked row describing an organization. */
export interface OrganizationRow {
  kind: 'organization';
  row: number;
  name: string;
  email: string | null;
  phone: string | null;
  externalId: string | null;
  orgNumber: string | null;
}

export type ImportRow = PersonRow | OrganizationRow;

/** One problem of one row; `column` is a known column, or null for the row as a whole. */
export interface RowProblem {
  row: number;
  column: ImportColumn | null;
  message: Message;
}

/**
 * Checks a record with the contact register's own rules (contact-fields.ts), every
 * field at once. An empty cell means "not given": it never clears a stored value.
 */
export function checkRow(
  header: HeaderMap,
  fields: string[],
  row: number,
): { row: ImportRow } | { problems: RowProblem[] } {
  const damaged = damagedCell(header, fields, row);
  if (damaged) return { problems: [damaged] };
  const cell = (column: ImportColumn): string | null => {
    const index = header.indexOf[column];
    return index === undefined ? null : cleanText(fields[index]);
  };
  const check = new FieldCheck<ImportColumn>();
  const kind = parseKind(cell('kind') ?? undefined);
  if (!kind) check.fail('kind', (m) => m.imports.errors.kindUnknown);
  const name = checkName(check, 'name', cell('name'));
  const email = checkEmail(check, 'email', cell('email'));
  const phone = checkPhone(check, 'phone', cell('phone'));
  const externalId = checkExternalId(check, 'externalId', cell('externalId'));
  const orgNumber = checkOrgNumber(check, 'orgNumber', cell('orgNumber'));
  const organizationName = cell('organization');
  if (organizationName !== null) checkName(check, 'organization', organizationName);
  if (kind === 'organization' && organizationName !== null && organizationName !== name)
    check.fail('organization', (m) => m.imports.errors.organizationOnOrganization);
  try {
    check.throwIfAny();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return {
      problems: Object.entries(error.fields).map(([column, message]) => ({
        row,
        column: column as ImportColumn,
        message: message as Message,
      })),
    };
  }
  if (kind === 'organization') return { row: { kind, row, name, email, phone, externalId, orgNumber } };
  const organization =
    organizationName !== null || orgNumber !== null ? { name: organizationName, orgNumber } : null;
  return { row: { kind: 'person', row, name, email, phone, externalId, organization } };
}

/**
 * A NUL character cannot be stored (PostgreSQL text refuses it) and U+FFFD marks a
 * letter an earlier conversion already lost: such a row is refused whole, in the
 * column where it is when that column is imported.
 */
function damagedCell(header: HeaderMap, fields: string[], row: number): RowProblem | null {
  const index = fields.findIndex((field) => field.includes('\u0000') || field.includes('\uFFFD'));
  if (index < 0) return null;
  const column =
    (Object.entries(header.indexOf) as [ImportColumn, number][]).find(([, at]) => at === index)?.[0] ?? null;
  const message: Message = (fields[index] as string).includes('\u0000')
    ? (m) => m.imports.errors.nulCharacter
    : (m) => m.imports.errors.replacementCharacter;
  return { row, column, message };
}
