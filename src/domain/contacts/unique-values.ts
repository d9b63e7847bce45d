import type { Messages } from '../../i18n';
import { ValidationError } from '../validation-error';
import { DuplicateValueError } from './contact-ports';

const TAKEN: Record<'email' | 'externalId', (m: Messages) => string> = {
  email: (m) => m.contacts.errors.emailTaken,
  externalId: (m) => m.contacts.errors.externalIdTaken,
};

/** product §2: e-mail and external id are unique per workspace; a clash is the field's error. */
export function refuseTaken(taken: ('email' | 'externalId')[]): void {
  if (taken.length === 0) return;
  throw new ValidationError(Object.fromEntries(taken.map((field) => [field, TAKEN[field]])));
}

/** Another user may save the same value between our check and our write: same answer. */
export async function writeUnique<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof DuplicateValueError) refuseTaken([error.field]);
    throw error;
  }
}
