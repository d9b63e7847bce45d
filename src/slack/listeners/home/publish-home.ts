import type { WebClient } from '@slack/web-api';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import { HOME_ITEMS_MAX, homeView } from '../../views/home/home-view';
import { type ActingUser, viewContext } from '../acting-user';
import type { ListenerDeps } from '../deps';

/**
 * Draws the user's App Home as it is now and publishes it. Publishing replaces
 * the whole tab, so doing it twice (a retried event) changes nothing.
 */
export async function publishHome(
  deps: ListenerDeps,
  client: WebClient,
  {
    user,
    notice,
    completed,
  }: {
    user: ActingUser;
    notice?: string;
    /** The activity the notice says was just completed (it gets *Plan follow-up*). */
    completed?: ActivityRecord;
  },
): Promise<void> {
  const [groups, ledTeams] = await Promise.all([
    deps.activities.home.execute(user.viewer, HOME_ITEMS_MAX),
    deps.teamLeadOverview.execute(user.viewer),
  ]);
  await client.views.publish({
    user_id: user.viewer.slackUserId,
    view: homeView(viewContext(user, deps), groups, { notice, ledTeams, completed }),
  });
}
