import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { isStaff, standingOf } from '../../domain/access/standing';
import type { WorkspaceService } from '../../domain/workspaces/workspace-service';
import type { Logger } from '../../observability/logger';
import { type TouchbaseContext, touchbase } from '../request-context';
import { answerRefusal } from './answer-refusal';

type Reason = 'unverified' | 'external' | 'guest';

/** The team a request names for its user: in Slack Connect another organization's. */
function userTeamOf(body: unknown): string | undefined {
  const user = (body as { user?: unknown }).user;
  const team =
    typeof user === 'object' && user !== null ? (user as { team_id?: unknown }).team_id : undefined;
  return typeof team === 'string' && team !== '' ? team : undefined;
}

async function reasonToRefuse(
  request: TouchbaseContext,
  userTeam: string | undefined,
  workspaces: WorkspaceService,
): Promise<Reason | undefined> {
  const { employee, workspace } = request;
  // Nobody we can tell is staff: Slack did not answer for a user we have never seen.
  if (!employee) return 'unverified';
  // In an Enterprise Grid organization a member's user.team_id may name another workspace of the
  // organization; their profile (users.info) says whether they belong here (isForeign below).
  if (userTeam && !workspace.enterpriseId && userTeam !== workspace.slackTeamId) return 'external';
  const standing = standingOf(employee);
  if (standing === 'member') return undefined;
  if (standing === 'external') return 'external';
  // Only multi-channel guests depend on the setting; it is read fresh, as another replica may have changed it.
  const policy =
    standing === 'multi_channel_guest'
      ? await workspaces.guestPolicy(workspace)
      : { admitMultiChannelGuests: false };
  return isStaff(standing, policy) ? undefined : 'guest';
}

/**
 * product §1, Outsiders: one gate for every command, shortcut, button, picker, form and
 * App Home. Right after requestContext, before any listener, so nothing is read for
 * a guest or another organization's user; they get a polite refusal in their
 * language instead. Events with no acting user (none is a person's request) pass.
 */
export function staffGate(deps: {
  workspaces: WorkspaceService;
  logger: Logger;
}): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { context, body, next } = args;
    const isEvent = (body as { type?: string }).type === 'event_callback';
    if (isEvent && !context.userId) return next();
    const request = touchbase(context);
    const reason = await reasonToRefuse(request, userTeamOf(body), deps.workspaces);
    if (!reason) return next();
    deps.logger.info(
      { userId: context.userId ?? null, reason },
      'refused a request from someone who is not staff',
    );
    const text = {
      unverified: request.m.access.unverified,
      external: request.m.access.external,
      guest: request.m.access.guest,
    }[reason];
    await answerRefusal(args, { m: request.m, text, viaWebApi: true });
  };
}
