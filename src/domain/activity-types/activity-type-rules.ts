import { AppError } from '../app-error';
import { type FieldMessages, ValidationError } from '../validation-error';
import type { ActivityType } from './activity-type';
import { type TypeNames, typeNames } from './type-names';

export const NAME_MAX = 60;
export const DEFAULT_SUBJECT_MAX = 150;
export const DUE_DAYS_MAX = 365;

/** Names compare without case or surrounding spaces: "meeting " and "Meeting" are the same type. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export type NameField = 'nameEn' | 'nameSv';
const NAME_FIELDS: Record<keyof TypeNames, NameField> = { en: 'nameEn', sv: 'nameSv' };

/**
 * Both names trimmed, 1–60 characters each, and neither carried in its language by
 * another active type; ValidationError (per language's field) otherwise. Both are
 * required: a type without a Swedish name would show English in a Swedish form.
 */
export function checkedNames(raw: TypeNames, all: ActivityType[], self?: ActivityType): TypeNames {
  const names: TypeNames = { en: tidy(raw.en), sv: tidy(raw.sv) };
  const errors: FieldMessages<NameField> = {};
  for (const language of ['en', 'sv'] as const) {
    const name = names[language];
    const field = NAME_FIELDS[language];
    if (name === '') errors[field] = (m) => m.admin.types.errors.nameRequired;
    else if (name.length > NAME_MAX) errors[field] = (m) => m.admin.types.errors.nameTooLong;
    else {
      const clash = all.find(
        (type) => type.id !== self?.id && !type.archived && sameName(typeNames(type)[language], name),
      );
      if (clash) errors[field] = (m) => m.admin.types.errors.nameTaken(typeNames(clash)[language]);
    }
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return names;
}

/** One of `self`'s names that another active type carries in the same language, if any. */
export function takenName(self: ActivityType, all: ActivityType[]): string | undefined {
  const names = typeNames(self);
  for (const language of ['en', 'sv'] as const) {
    const taken = all.some(
      (type) => type.id !== self.id && !type.archived && sameName(typeNames(type)[language], names[language]),
    );
    if (taken) return names[language];
  }
  return undefined;
}

function tidy(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ');
}

export function typeIn(all: ActivityType[], id: number): ActivityType {
  const type = all.find((candidate) => candidate.id === id);
  if (!type) throw new AppError('activity_type_not_found', (m) => m.admin.types.errors.notFound);
  return type;
}
