import type { Employee, Workspace } from '../../generated/prisma/client';
import { resolveLocale } from '../../i18n';
import type { Viewer } from '../viewer';

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
      workspaceDefault: workspace.defaultLocale === 'sv' ? 'sv' : 'en',
    }),
    timezone: employee.timezone,
  };
}
