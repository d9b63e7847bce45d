import { AppError } from '../app-error';
import { ValidationError } from '../validation-error';
import type { ActivityType } from './activity-type';

export const NAME_MAX = 60;
export const DEFAULT_SUBJECT_MAX = 150;
export const DUE_DAYS_MAX = 365;

/** Names compare without case or surrounding spaces: "meeting " and "Meeting" are the same type. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** A trimmed name of 1–60 characters that no other active type carries; ValidationError otherwise. */
export function checkedName(raw: string, all: ActivityType[], self?: ActivityType): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name === '') throw new ValidationError({ name: (m) => m.admin.types.errors.nameRequired });
  if (name.length > NAME_MAX) throw new ValidationError({ name: (m) => m.admin.types.errors.nameTooLong });
  const clash = all.find((type) => type.id !== self?.id && !type.archived && sameName(type.name, name));
  if (clash) throw new ValidationError({ name: (m) => m.admin.types.errors.nameTaken(clash.name) });
  return name;
}

export function typeIn(all: ActivityType[], id: number): ActivityType {
  const type = all.find((candidate) => candidate.id === id);
  if (!type) throw new AppError('activity_type_not_found', (m) => m.admin.types.errors.notFound);
  return type;
}
