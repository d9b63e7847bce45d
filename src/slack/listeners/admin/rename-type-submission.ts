import { TYPE_INPUTS } from '../../views/admin/admin-ids';
import { typeDoneNotice, typeMovedNotice } from '../../views/admin/admin-notice';
import type { AdminDeps } from './admin-screen';
import { submitTypeForm, type TypeFormArgs } from './submit-type-form';

/**
 * The *Rename or move* form. The name is saved first: it is the part that can be refused
 * (empty, too long, taken). A position the form allowed stays valid, since types are
 * never deleted and the list only grows.
 */
export function renameTypeSubmission(deps: AdminDeps) {
  return (args: TypeFormArgs): Promise<void> =>
    submitTypeForm(args, deps, TYPE_INPUTS.name, async ({ viewer, m, state, value }) => {
      const typeId = state.typeId ?? 0;
      const renamed = await deps.activityTypeAdmin.rename.run(viewer, {
        typeId,
        name: value(TYPE_INPUTS.name) ?? '',
      });
      const position = Number(value(TYPE_INPUTS.position) ?? Number.NaN);
      const moved = await deps.activityTypeAdmin.move.run(viewer, { typeId, position });
      return moved.moved
        ? typeMovedNotice(m, renamed.name, moved.position)
        : typeDoneNotice(m, 'renamed', renamed.name);
    });
}
