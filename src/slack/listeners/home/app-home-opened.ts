import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { actingUser } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { redrawHome } from './publish-home';

type Args = SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs;

/**
 * Opening the Home tab shows it fresh, at once (a redraw waiting for its interval is drawn
 * now instead); the Messages tab needs nothing from us.
 */
export function appHomeOpened(deps: ListenerDeps) {
  return async ({ event, context, client }: Args) => {
    if (event.tab !== 'home') return;
    await redrawHome(deps, client, { user: actingUser(context), pace: 'opened' });
  };
}
