import type { App, BlockAction, ButtonAction, OverflowAction } from '@slack/bolt';
import { PERSON_PICKER } from '../../views/picker-ids';
import { LAUNCH_ACTIONS, PLAN_ACTIONS, PLAN_CALLBACKS, PLAN_LIST } from '../../views/plans/plan-ids';
import type { ListenerDeps } from '../deps';
import { launchForPersonButton } from './launch-for-person-button';
import { launchFromFormButton } from './launch-from-form-button';
import { launchRedraw } from './launch-redraw';
import { launchSubmission } from './launch-submission';
import { openPlansButton } from './open-plans-button';
import { planAddButton } from './plan-add-button';
import { planFormSubmission } from './plan-form-submission';
import { planMenuAction } from './plan-menu-action';
import { plansPageButton } from './plans-page-button';

/**
 * Activity plans (product §3.7): their modal under `/activity admin`, its form and menus,
 * and the launch — from a person card, from the Log activity form, or `/activity plan`
 * (routed by the /activity command) — with its redraws and its submission.
 */
export function registerPlanListeners(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(PLAN_ACTIONS.open, openPlansButton(deps));
  app.action<BlockAction<ButtonAction>>(PLAN_LIST.add, planAddButton(deps));
  app.action<BlockAction<ButtonAction>>(PLAN_LIST.pagePattern, plansPageButton(deps));
  app.action<BlockAction<OverflowAction>>(PLAN_LIST.menuPattern, planMenuAction(deps));
  app.view(PLAN_CALLBACKS.save, planFormSubmission(deps));
  app.action<BlockAction<ButtonAction>>(LAUNCH_ACTIONS.fromCard, launchForPersonButton(deps));
  app.action<BlockAction<ButtonAction>>(LAUNCH_ACTIONS.fromForm, launchFromFormButton(deps));
  app.action({ type: 'block_actions', action_id: LAUNCH_ACTIONS.plan }, launchRedraw(deps));
  app.action({ type: 'block_actions', action_id: LAUNCH_ACTIONS.date }, launchRedraw(deps));
  app.action(
    { type: 'block_actions', action_id: PERSON_PICKER, callback_id: PLAN_CALLBACKS.launch },
    launchRedraw(deps),
  );
  app.view(PLAN_CALLBACKS.launch, launchSubmission(deps));
}
