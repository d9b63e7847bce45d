import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ActivityActionRefused, ActivityNotFoundError } from '../../../domain/activities/activity-errors';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import { homeActivityId } from '../../views/home/home-actions';
import { type ActingUser, acknowledgedBy } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { redrawHome } from './publish-home';

export type HomeActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/**
 * An action on one activity in App Home. The domain re-checks permission and the
 * activity's current state; either way the Home is published again as it is now,
 * with what happened — or what had changed — on top.
 */
export function homeItemAction(
  deps: ListenerDeps,
  perform: (
    user: ActingUser,
    activityId: number,
    args: HomeActionArgs,
  ) => Promise<string | { notice: string; completed: ActivityRecord } | null>,
) {
  return async (args: HomeActionArgs) => {
    const user = await acknowledgedBy(args);
    const activityId = homeActivityId(args.action.action_id);
    let notice: string | null;
    let completed: ActivityRecord | undefined;
    try {
      const result = await perform(user, activityId, args);
      notice = typeof result === 'object' && result !== null ? result.notice : result;
      completed = typeof result === 'object' && result !== null ? result.completed : undefined;
      deps.reminders.redraw.request(user.viewer.workspaceId, activityId);
    } catch (error) {
      if (!(error instanceof ActivityActionRefused || error instanceof ActivityNotFoundError)) throw error;
      notice = error.userMessage(user.m);
    }
    // The presser is looking at the Home: it is drawn without waiting out the interval, and
    // the notice stays on it when other changes fold into the same draw.
    if (notice !== null)
      await redrawHome(deps, args.client, { user, notice: { text: notice, completed }, pace: 'looking' });
  };
}
