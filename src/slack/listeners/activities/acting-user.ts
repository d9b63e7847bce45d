import type { Context } from '@slack/bolt';
import type { Viewer } from '../../../domain/viewer';
import { type TouchbaseContext, touchbase } from '../../request-context';
import type { ActivityViewContext } from '../../views/activities/activity-parts';
import type { ListenerDeps } from '../deps';

export type ActingUser = TouchbaseContext & { viewer: Viewer };

/** The acting user, or null when Slack could not tell us who it is (nothing can be done for them then). */
export function actingUser(context: Context): ActingUser | null {
  const value = touchbase(context);
  return value.viewer ? (value as ActingUser) : null;
}

/** What views need to draw activities for this user now. */
export function viewContext(user: ActingUser, deps: ListenerDeps): ActivityViewContext {
  return { m: user.m, viewer: user.viewer, now: deps.clock.now() };
}
