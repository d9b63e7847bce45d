import type { ViewOutput } from '@slack/bolt';
import type { FormFields } from '../../app-errors/form-fields';
import { type FormArgs, formSubmission } from '../../app-errors/form-submission';
import { touchbase } from '../../request-context';
import { escapeMrkdwn } from '../../views/mrkdwn';
import { PLAN_NAME_INPUT, stepInputId } from '../../views/plans/plan-ids';
import { plansStateOf } from '../../views/plans/plans-modal';
import type { AdminDeps } from '../admin/admin-screen';
import { redrawPlans, refreshAdminUnder } from './plans-click';
import { readPlanForm } from './read-plan-form';

const STEP_FIELD = /^step\.(\d+)\.(type|subject|offset|responsible)$/;

/** Where a refusal goes: a step's field next to its row's input, the plan as a whole next to the first row. */
function planFields(view: ViewOutput): FormFields {
  const { rows } = readPlanForm(view);
  return {
    main: PLAN_NAME_INPUT,
    refusal: 'in-form',
    blockOf: (field) => {
      if (field === 'name') return PLAN_NAME_INPUT;
      if (field === 'steps') return stepInputId(0, 'type');
      const match = STEP_FIELD.exec(field);
      if (!match) return undefined;
      const row = rows[Number(match[1])];
      const input = match[2] === 'responsible' ? 'named' : (match[2] as 'type' | 'subject' | 'offset');
      return row === undefined ? undefined : stepInputId(row, input);
    },
  };
}

/**
 * The plan form (add or edit, product §3.7). A refusal keeps the form open with each
 * message next to its field, in the user's language, and saves nothing. Once saved, the
 * form closes and the plans modal under it says what was done.
 */
export function planFormSubmission(deps: AdminDeps) {
  return formSubmission(
    (view) => planFields(view),
    async ({ ack, view, client, context }: FormArgs): Promise<void> => {
      const { workspace, viewer, m } = touchbase(context);
      const state = plansStateOf(view.private_metadata);
      const { input } = readPlanForm(view);
      const { plan, created } = await deps.plans.save.execute(
        { workspace, viewer },
        { input, planId: state.planId },
      );
      await ack();
      const viewId = state.listViewId || view.previous_view_id;
      if (!viewId) return;
      const text = created ? m.plans.done.created : m.plans.done.saved;
      await redrawPlans(deps, {
        client,
        who: { viewer, m },
        target: {
          viewId,
          hash: state.listHash,
          page: state.plansPage,
          notice: { tone: 'done', mrkdwn: text(escapeMrkdwn(plan.name)) },
          admin: { viewId: state.adminViewId, metadata: state.adminMetadata },
        },
      });
      await refreshAdminUnder(deps, { client, who: { viewer, m }, state });
    },
  );
}
