import { type ModalTrigger, openModal } from '../../open-modal';
import { launchModal } from '../../views/plans/launch-modal';
import type { ActingUser } from '../acting-user';
import type { ListenerDeps } from '../deps';

/** Where a launch view starts from: the person (if known), the plan (if chosen), and where to confirm. */
export interface LaunchOpening {
  user: ActingUser;
  personId: number | null;
  planId?: number;
  channelId: string | null;
  /** Over the Log activity form (views.push) rather than a modal of its own. */
  pushed: boolean;
}

/** Opens (or pushes) the launch view of product §3.7, drawn from the plan's steps as they are now. */
export async function openLaunch(
  deps: Pick<ListenerDeps, 'plans'>,
  trigger: ModalTrigger,
  { user, personId, planId, channelId, pushed }: LaunchOpening,
): Promise<void> {
  const draft = await deps.plans.prepareLaunch.execute(
    { workspace: user.workspace, viewer: user.viewer },
    { planId, personId },
  );
  const metadata = {
    revision: 0,
    personId: draft.person ? personId : null,
    channelId,
    pushed,
    planId: draft.plan.id,
  };
  await openModal(trigger, launchModal(user.m, { draft, metadata }), pushed ? 'push' : 'open');
}
