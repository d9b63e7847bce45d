import { type Locale, resolveLocale } from '../../i18n';
import type { Viewer } from '../viewer';
import type { Workspace } from '../workspaces/workspace';
import type { Employee } from './employee';

/** The workspace's language, for messages to nobody in particular and users Slack tells us nothing about. */
export function workspaceLocale(workspace: Pick<Workspace, 'defaultLocale'>): Locale {
  return workspace.defaultLocale === 'sv' ? 'sv' : 'en';
}

/** An employee as rules and views see them: their own language choice, else Slack's, else the workspace's. */
export function employeeViewer(workspace: Workspace, employee: Employee, isAdmin: boolean): Viewer {
  return {
    workspaceId: workspace.id,
    employeeId: employee.id,
    slackUserId: employee.slackUserId,
    isAdmin,
    locale: resolveLocale({
      preferred: employee.preferredLocale,
      slackLocale: employee.slackLocale,
      workspaceDefault: workspaceLocale(workspace),
    }),
    timezone: employee.timezone,
  };
}
