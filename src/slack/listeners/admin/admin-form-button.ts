import type { ModalView } from '@slack/types';
import { requireAdmin } from '../../../domain/activity-types/require-admin';
import { type AdminClick, adminClick } from './admin-click';
import type { AdminDeps } from './admin-screen';

/**
 * A button in the admin modal that opens a form on top of it (*Add type*, *Add team*,
 * *Create token*, *Export or erase a person…*, *Workspace settings*), for admins only;
 * anyone else sees the refusal in place of the modal. `form` draws the form from the click:
 * the modal under it (`click.under`, which the form carries back) and the request.
 */
export function adminFormButton(deps: AdminDeps, form: (click: AdminClick) => ModalView) {
  return adminClick(deps, async (click) => {
    requireAdmin(click.viewer);
    return { push: form(click) };
  });
}
