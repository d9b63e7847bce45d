import type { Context } from '@slack/bolt';
import { AppError } from '../../domain/app-error';
import type { Viewer } from '../../domain/viewer';
import { type TouchbaseContext, touchbase } from '../request-context';
import type { ActivityViewContext } from '../views/activities/activity-parts';
import type { ListenerDeps } from './deps';

export type ActingUser = TouchbaseContext & {
  viewer: Viewer;
  employee: NonNullable<TouchbaseContext['employee']>;
};

/**
 * The request's context with the acting employee: what they may see and do depends on
 * who asks (product §3.4). The staff gate lets no request with a user through without one, so
 * the refusal (AppError unknown_user) is for a request that names no user at all.
 */
export function actingUser(context: Context): ActingUser {
  const request = touchbase(context);
  if (!request.viewer || !request.employee)
    throw new AppError('unknown_user', (m) => m.contacts.errors.unknownUser);
  return request as ActingUser;
}

/** What views need to draw activities for this user now. */
export function viewContext(user: ActingUser, deps: Pick<ListenerDeps, 'clock'>): ActivityViewContext {
  return { m: user.m, viewer: user.viewer, now: deps.clock.now() };
}

/** Acknowledges a request at once (a trigger id lives 3 seconds) and names who made it. */
export async function acknowledgedBy(args: {
  ack: () => Promise<void>;
  context: Context;
}): Promise<ActingUser> {
  await args.ack();
  return actingUser(args.context);
}
