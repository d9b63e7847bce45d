import { parseMenuValue } from '../../views/admin/admin-list-ids';
import { escapeMrkdwn } from '../../views/mrkdwn';
import { planForm } from '../../views/plans/plan-form';
import { PLAN_MENU_OPERATIONS } from '../../views/plans/plan-ids';
import type { AdminDeps } from '../admin/admin-screen';
import { plansClick } from './plans-click';

/**
 * A plan's overflow menu: *Edit…* opens the plan form with its steps; *Archive* / *Restore*
 * change it at once and say so on top of the modal. Each re-checks the admin in the domain.
 */
export const planMenuAction = (deps: AdminDeps) =>
  plansClick(deps, async ({ viewer, m, under }, { action }) => {
    const chosen =
      'selected_option' in action ? parseMenuValue(action.selected_option.value, PLAN_MENU_OPERATIONS) : null;
    if (!chosen) return null;
    if (chosen.operation === 'edit') {
      const plan = await deps.plans.get.execute(viewer, { planId: chosen.id });
      const types = await deps.activityTypeAdmin.list.execute(viewer);
      return { push: planForm(m, { plan, types, state: under }) };
    }
    const archived = chosen.operation === 'archive';
    const plan = await deps.plans.archive.execute(viewer, { planId: chosen.id, archived });
    const text = archived ? m.plans.done.archived : m.plans.done.restored;
    return { notice: { tone: 'done', mrkdwn: text(escapeMrkdwn(plan.name)) } };
  });
