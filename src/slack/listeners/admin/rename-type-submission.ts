import { typeNames } from '../../../domain/activity-types/type-names';
import { TYPE_INPUTS } from '../../views/admin/admin-ids';
import { typeDoneNotice, typeMovedNotice } from '../../views/admin/admin-notice';
import { nameInputOf } from '../../views/admin/type-forms';
import type { AdminDeps } from './admin-screen';
import { typeFormSubmission } from './submit-type-form';

/**
 * The *Rename or move* form. The names are saved first: they are the part that can be refused
 * (empty, too long, taken). A position the form allowed stays valid, since types are
 * never deleted and the list only grows.
 */
export function renameTypeSubmission(deps: AdminDeps) {
  return typeFormSubmission(deps, nameInputOf, async ({ viewer, m, state, value }) => {
    const typeId = state.typeId ?? 0;
    const renamed = await deps.activityTypeAdmin.rename.execute(viewer, {
      typeId,
      names: { en: value(TYPE_INPUTS.nameEn) ?? '', sv: value(TYPE_INPUTS.nameSv) ?? '' },
    });
    const position = Number(value(TYPE_INPUTS.position) ?? Number.NaN);
    const moved = await deps.activityTypeAdmin.move.execute(viewer, { typeId, position });
    return moved.moved
      ? typeMovedNotice(m, typeNames(renamed), moved.position)
      : typeDoneNotice(m, 'renamed', typeNames(renamed));
  });
}
