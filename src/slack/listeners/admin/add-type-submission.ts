import { TYPE_INPUTS } from '../../views/admin/admin-ids';
import { typeDoneNotice } from '../../views/admin/admin-notice';
import type { AdminDeps } from './admin-screen';
import { submitTypeForm, type TypeFormArgs } from './submit-type-form';

/** The *Add type* form: the new type goes last in the list. */
export function addTypeSubmission(deps: AdminDeps) {
  return (args: TypeFormArgs): Promise<void> =>
    submitTypeForm(args, deps, TYPE_INPUTS.name, async ({ viewer, m, value }) => {
      const added = await deps.activityTypeAdmin.add.run(viewer, { name: value(TYPE_INPUTS.name) ?? '' });
      return typeDoneNotice(m, 'added', added.name);
    });
}
