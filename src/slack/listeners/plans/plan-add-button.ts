import { requireAdmin } from '../../../domain/activity-types/require-admin';
import { planForm } from '../../views/plans/plan-form';
import type { AdminDeps } from '../admin/admin-screen';
import { plansClick } from './plans-click';

/** *Add plan* opens the empty plan form over the plans modal, for admins only. */
export const planAddButton = (deps: AdminDeps) =>
  plansClick(deps, async ({ viewer, m, under }) => {
    requireAdmin(viewer);
    const types = await deps.activityTypeAdmin.list.execute(viewer);
    return { push: planForm(m, { plan: null, types, state: under }) };
  });
