import type { Messages } from '../../i18n';
import { type FieldMessages, ValidationError } from '../validation-error';
import { parseOrgNumber } from './org-number';

export const NAME_MAX = 200;
export const EMAIL_MAX = 254;
export const PHONE_MAX = 40;
export const EXTERNAL_ID_MAX = 100;

type Message = (m: Messages) => string;

/** Trimmed with inner runs of white space made single; empty input is "not given". */
export function cleanText(raw: string | null | undefined): string | null {
  const value = (raw ?? '').replace(/\s+/g, ' ').trim();
  return value === '' ? null : value;
}

/**
 * Collects field messages while input is checked, so every wrong field is
 * reported at once and nothing is written while any remains.
 */
export class FieldCheck<Field extends string> {
  private readonly messages: FieldMessages<Field> = {};

  fail(field: Field, message: Message): void {
    if (!this.messages[field]) this.messages[field] = message;
  }

  has(field: Field): boolean {
    return this.messages[field] !== undefined;
  }

  get ok(): boolean {
    return Object.keys(this.messages).length === 0;
  }

  throwIfAny(): void {
    if (!this.ok) throw new ValidationError<Field>({ ...this.messages });
  }
}

/**
 * The rule of one field: checks what was typed or sent into `check` under `field` and
 * returns the value as it is stored (cleaned; null when not given).
 */
export type FieldRule<Value> = <F extends string>(
  check: FieldCheck<F>,
  field: F,
  raw: string | null | undefined,
) => Value;

export const checkName: FieldRule<string> = (check, field, raw) => {
  const name = cleanText(raw);
  if (name === null) check.fail(field, (m) => m.contacts.errors.nameRequired);
  else if (name.length > NAME_MAX) check.fail(field, (m) => m.contacts.errors.nameTooLong(NAME_MAX));
  return name ?? '';
};

// Deliberately plain: one @, no spaces, and none of the characters that would break a Slack link.
const EMAIL = /^[^\s@<>|"',;()]+@[^\s@<>|"',;()]+\.[^\s@<>|"',;().]{2,}$/;

/** E-mail addresses are stored trimmed and lower-cased, so uniqueness ignores case. */
export const checkEmail: FieldRule<string | null> = (check, field, raw) => {
  const email = cleanText(raw)?.toLowerCase() ?? null;
  if (email !== null && (email.length > EMAIL_MAX || !EMAIL.test(email)))
    check.fail(field, (m) => m.contacts.errors.emailInvalid);
  return email;
};

/** Digits, spaces, +, - and parentheses, with 6–20 digits: every way people write a number. */
export const checkPhone: FieldRule<string | null> = (check, field, raw) => {
  const phone = cleanText(raw);
  if (phone === null) return null;
  const digits = phone.replace(/\D/g, '').length;
  const plusOnlyFirst = !phone.slice(1).includes('+');
  if (
    !/^[\d\s+\-()]+$/.test(phone) ||
    !plusOnlyFirst ||
    digits < 6 ||
    digits > 20 ||
    phone.length > PHONE_MAX
  )
    check.fail(field, (m) => m.contacts.errors.phoneInvalid);
  return phone;
};

export const checkExternalId: FieldRule<string | null> = (check, field, raw) => {
  const externalId = cleanText(raw);
  if (externalId !== null && externalId.length > EXTERNAL_ID_MAX)
    check.fail(field, (m) => m.contacts.errors.externalIdTooLong(EXTERNAL_ID_MAX));
  return externalId;
};

export const checkOrgNumber: FieldRule<string | null> = (check, field, raw) => {
  const given = cleanText(raw);
  if (given === null) return null;
  const parsed = parseOrgNumber(given);
  if ('value' in parsed) return parsed.value;
  check.fail(field, (m) =>
    parsed.problem === 'format' ? m.contacts.errors.orgNumberFormat : m.contacts.errors.orgNumberCheckDigit,
  );
  return given;
};

/** The fields every contact has (product §2), as typed or sent. */
export interface SharedContactInput {
  name: string;
  email?: string | null;
  phone?: string | null;
  externalId?: string | null;
  archived?: boolean;
}

/**
 * The fields persons and organizations share, each checked into `check`. `archived`
 * stays as it was on the contact being edited unless the input says otherwise; a new one is active.
 */
export function checkSharedContactFields(
  check: FieldCheck<'name' | 'email' | 'phone' | 'externalId'>,
  input: SharedContactInput,
  current?: { archived: boolean },
) {
  return {
    name: checkName(check, 'name', input.name),
    email: checkEmail(check, 'email', input.email),
    phone: checkPhone(check, 'phone', input.phone),
    externalId: checkExternalId(check, 'externalId', input.externalId),
    archived: input.archived ?? current?.archived ?? false,
  };
}
