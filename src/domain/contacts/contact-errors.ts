import { AppError } from '../app-error';

export const personNotFound = () => new AppError('person_not_found', (m) => m.contacts.errors.personNotFound);

export const organizationNotFound = () =>
  new AppError('organization_not_found', (m) => m.contacts.errors.organizationNotFound);
