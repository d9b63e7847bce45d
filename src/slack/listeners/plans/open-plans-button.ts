import { adminClick } from '../admin/admin-click';
import type { AdminDeps } from '../admin/admin-screen';
import { currentPlansModal } from './plans-click';

/** *Manage plans…* in the admin modal: the plans modal pushed over it, for admins only. */
export const openPlansButton = (deps: AdminDeps) =>
  adminClick(deps, async (click) => ({
    push: await currentPlansModal(deps, click, {
      page: 0,
      admin: { viewId: click.view.id, metadata: click.view.private_metadata },
    }),
  }));
