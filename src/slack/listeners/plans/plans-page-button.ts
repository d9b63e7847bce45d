import type { AdminDeps } from '../admin/admin-screen';
import { plansClick } from './plans-click';

/** *Previous* / *Next* under a long list of plans: the page the button carries. */
export const plansPageButton = (deps: AdminDeps) =>
  plansClick(deps, async (_click, { action }) => {
    const page = Number('value' in action ? action.value : 0);
    return { page: Number.isInteger(page) && page >= 0 ? page : 0 };
  });
