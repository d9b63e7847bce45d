import type { WebClient } from '@slack/web-api';
import { HOME_ITEMS_MAX, homeView } from '../../views/home/home-view';
import { type ActingUser, viewContext } from '../acting-user';
import type { ListenerDeps } from '../deps';
import type { HomeNotice } from './home-notice';
import type { HomePace } from './home-refresher';

/** One person's Home in deps.homes: every redraw of it, whoever's change caused it, folds under this key. */
export const homeKey = (workspaceId: number, slackUserId: string) => `${workspaceId}:${slackUserId}`;

/**
 * Draws the user's App Home as it is now and publishes it. Publishing replaces
 * the whole tab, so doing it twice (a retried event) changes nothing. The team overview
 * is read only for someone the Home's read found leading a team: most people lead none,
 * and their Home is drawn without its statement (as of this draw, so a new lead sees it
 * on their next Home).
 */
export async function publishHome(
  deps: ListenerDeps,
  client: WebClient,
  { user, notice }: { user: ActingUser; notice?: HomeNotice },
): Promise<void> {
  const { groups, leadsTeam } = await deps.activities.home.execute(user.viewer, HOME_ITEMS_MAX);
  const ledTeams = leadsTeam ? await deps.teamLeadOverview.execute(user.viewer) : [];
  await client.views.publish({
    user_id: user.viewer.slackUserId,
    view: homeView(viewContext(user, deps), groups, {
      notice: notice?.text,
      ledTeams,
      completed: notice?.completed,
    }),
  });
}

/**
 * The acting user's own Home, redrawn after what they did, folded with every other redraw
 * of it (deps.homes, see HomeRefresher): after a change the first draw comes at once and a
 * burst of changes costs one more, HOME_REFRESH_INTERVAL_MS later; a button pressed in the
 * Home itself (`looking`) or opening the tab (`opened`) never waits out the interval, and
 * its notice shows on the draw that ends up published.
 */
export function redrawHome(
  deps: ListenerDeps,
  client: WebClient,
  { user, notice, pace }: { user: ActingUser; notice?: HomeNotice; pace?: HomePace },
): Promise<void> {
  return deps.homes.request(
    homeKey(user.workspace.id, user.viewer.slackUserId),
    (shown) => publishHome(deps, client, { user, notice: shown }),
    { notice, pace },
  );
}
