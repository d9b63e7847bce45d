import { AppError } from '../app-error';

export const personNotFound = () => new AppError('person_not_found', (m) => m.contacts.errors.personNotFound);

export const organizationNotFound = () =>
  new AppError('organization_not_found', (m) => m.contacts.errors.organizationNotFound);

/** Archived contacts are found (and so restored) by admins only. */
export const restoreAdminOnly = () => new AppError('admin_only', (m) => m.contacts.errors.restoreAdminOnly);
