import { typeIn } from '../../../domain/activity-types/activity-type-rules';
import { typeNames } from '../../../domain/activity-types/type-names';
import { TYPE_MENU_OPERATIONS } from '../../views/admin/admin-ids';
import { parseMenuValue } from '../../views/admin/admin-list-ids';
import { typeDoneNotice, typeMovedNotice } from '../../views/admin/admin-notice';
import { renameTypeForm, typeDefaultsForm } from '../../views/admin/type-forms';
import { type AdminAnswer, type AdminClick, adminClick } from './admin-click';
import type { AdminDeps } from './admin-screen';

/**
 * A type's overflow menu in the admin modal. Rename and Defaults open a form on top;
 * the others change the type at once and redraw the list. Every choice re-checks, in
 * the domain, that the user is still an admin.
 */
export const typeMenuAction = (deps: AdminDeps) =>
  adminClick(deps, async (click, { action }) => {
    const chosen =
      'selected_option' in action ? parseMenuValue(action.selected_option.value, TYPE_MENU_OPERATIONS) : null;
    return chosen ? answerTypeMenu(deps, click, { operation: chosen.operation, typeId: chosen.id }) : null;
  });

async function answerTypeMenu(
  deps: AdminDeps,
  { viewer, m, under }: AdminClick,
  { operation, typeId }: { operation: (typeof TYPE_MENU_OPERATIONS)[number]; typeId: number },
): Promise<AdminAnswer> {
  const admin = deps.activityTypeAdmin;
  switch (operation) {
    case 'rename':
    case 'defaults': {
      const types = await admin.list.execute(viewer);
      const type = typeIn(types, typeId);
      const form = { ...under, typeId };
      return {
        push:
          operation === 'rename'
            ? renameTypeForm(m, { type, position: types.indexOf(type) + 1, count: types.length, state: form })
            : typeDefaultsForm(m, { type, all: types, state: form }),
      };
    }
    case 'up':
    case 'down': {
      const moved = await admin.move.execute(viewer, { typeId, direction: operation });
      return { notice: moved.moved ? typeMovedNotice(m, moved.names, moved.position) : undefined };
    }
    case 'archive':
      return {
        notice: typeDoneNotice(m, 'archived', typeNames(await admin.archive.execute(viewer, { typeId }))),
      };
    case 'unarchive':
      return {
        notice: typeDoneNotice(m, 'unarchived', typeNames(await admin.unarchive.execute(viewer, { typeId }))),
      };
  }
}
