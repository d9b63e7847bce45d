import type { AdminPages } from '../../views/admin/admin-metadata';
import { adminClick } from './admin-click';
import type { AdminDeps } from './admin-screen';

/**
 * *Previous* / *Next* under a list of the admin modal (types, teams, tokens): the button
 * carries the page to show; the other lists keep theirs.
 */
export function adminPageButton(deps: AdminDeps, list: keyof AdminPages) {
  return adminClick(deps, async (_click, { action }) => {
    const requested = Number.parseInt(('value' in action ? action.value : undefined) ?? '', 10);
    return { pages: { [list]: Number.isInteger(requested) && requested >= 0 ? requested : 0 } };
  });
}
