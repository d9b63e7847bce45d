import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import type { LaunchDraft } from '../../../domain/plans/launch-draft';
import { launchModal } from '../../views/plans/launch-modal';
import { type ActingUser, acknowledgedBy } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { type LaunchViewState, readLaunchView } from './read-launch';

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/**
 * The launch view drawn again from what the user chose in it. Responsibles picked for the
 * same plan are kept; another plan starts from its own steps' responsibles.
 */
export async function redrawnLaunch(
  deps: Pick<ListenerDeps, 'plans'>,
  user: ActingUser,
  state: LaunchViewState,
): Promise<ModalView> {
  const draft: LaunchDraft = await deps.plans.prepareLaunch.execute(
    { workspace: user.workspace, viewer: user.viewer },
    { planId: state.planId, personId: state.personId, launchDate: state.launchDate },
  );
  const samePlan = draft.plan.id === state.metadata.planId;
  const steps = draft.steps.map((step, index) => ({
    ...step,
    responsibleSlackUserId: (samePlan ? state.responsibles[index] : undefined) ?? step.responsibleSlackUserId,
  }));
  return launchModal(user.m, {
    draft: { ...draft, steps },
    metadata: { ...state.metadata, revision: state.metadata.revision + 1 },
  });
}

/** Another plan, person or launch date in the launch view (product §3.7): the steps' dates drawn again. */
export function launchRedraw(deps: ListenerDeps) {
  return async (args: ActionArgs) => {
    const user = await acknowledgedBy(args);
    const view = args.body.view;
    const state = view ? readLaunchView(view) : null;
    if (!view || !state) return;
    await args.client.views.update({
      view_id: view.id,
      hash: view.hash,
      view: await redrawnLaunch(deps, user, state),
    });
  };
}
