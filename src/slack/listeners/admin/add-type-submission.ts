import { typeNames } from '../../../domain/activity-types/type-names';
import { TYPE_INPUTS } from '../../views/admin/admin-ids';
import { typeDoneNotice } from '../../views/admin/admin-notice';
import { nameInputOf } from '../../views/admin/type-forms';
import type { AdminDeps } from './admin-screen';
import { typeFormSubmission } from './submit-type-form';

/** The *Add type* form: the new type goes last in the list, with its name in both languages. */
export function addTypeSubmission(deps: AdminDeps) {
  return typeFormSubmission(deps, nameInputOf, async ({ viewer, m, value }) => {
    const added = await deps.activityTypeAdmin.add.execute(viewer, {
      names: { en: value(TYPE_INPUTS.nameEn) ?? '', sv: value(TYPE_INPUTS.nameSv) ?? '' },
    });
    return typeDoneNotice(m, 'added', typeNames(added));
  });
}
