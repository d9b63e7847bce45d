import {
  DuplicateValueError,
  type UniqueField,
  type UniqueValues,
} from '../../domain/contacts/contact-ports';

function describe(error: unknown): string {
  if (!(error instanceof Error)) return '';
  const { meta, cause } = error as { meta?: unknown; cause?: unknown };
  return [error.message, JSON.stringify(meta ?? null), cause instanceof Object ? JSON.stringify(cause) : '']
    .filter(Boolean)
    .join(' ');
}

function isUniqueViolation(error: unknown): boolean {
  const { code, cause } = error as { code?: unknown; cause?: { code?: unknown } };
  return code === 'P2002' || cause?.code === '23505' || /\b23505\b|unique constraint/i.test(describe(error));
}

/**
 * The unique indexes of Person and Organization name their column in the
 * constraint name (…_email_key, …_externalId_key). Both drivers report it, in
 * different places, so the whole error is read.
 */
export function duplicateField(error: unknown): UniqueField | undefined {
  if (!isUniqueViolation(error)) return undefined;
  const text = describe(error);
  if (/_externalId_key/.test(text)) return 'externalId';
  if (/_email_key/.test(text)) return 'email';
  return undefined;
}

/** Runs a write; a lost race on a unique value becomes a DuplicateValueError the domain can explain. */
export async function mapDuplicates<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const field = duplicateField(error);
    if (field) throw new DuplicateValueError(field);
    throw error;
  }
}

/** The `OR` filter finding rows that hold any of the given unique values (empty when none is given). */
export function holdersOf(values: UniqueValues): ({ email: string } | { externalId: string })[] {
  return [
    ...(values.email ? [{ email: values.email }] : []),
    ...(values.externalId ? [{ externalId: values.externalId }] : []),
  ];
}

/** Which of the given values the found rows already hold. */
export function takenAmong(rows: UniqueValues[], values: UniqueValues): UniqueField[] {
  const taken = new Set<UniqueField>();
  for (const row of rows) {
    if (values.email && row.email === values.email) taken.add('email');
    if (values.externalId && row.externalId === values.externalId) taken.add('externalId');
  }
  return [...taken];
}
