import { workspaceLocale } from '../../domain/employees/employee-viewer';
import type { Viewer } from '../../domain/viewer';
import type { Workspace } from '../../domain/workspaces/workspace';
import type { ApiContext } from '../auth';

/**
 * An API call has no Slack user. It acts as its token: activities it creates
 * have no creator (creatorId null) and their history names the token, e.g.
 * "API · CRM sync". For reads it is an employee no activity belongs to
 * (employeeId 0 never exists), so private activities are never visible to it
 * (product §3.4), and everything it creates or hands over is announced to the
 * responsible, since the actor is never them (product §5.1).
 */
export function apiViewer(workspace: Workspace): Viewer {
  return {
    workspaceId: workspace.id,
    employeeId: 0,
    slackUserId: '',
    isAdmin: false,
    locale: workspaceLocale(workspace),
    timezone: workspace.defaultTimezone,
  };
}

export function apiActorLabel(api: Pick<ApiContext, 'token'>): string {
  return `API · ${api.token.name}`;
}
