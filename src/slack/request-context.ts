import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';
import type { EmployeeService } from '../domain/employees/employee-service';
import { employeeViewer, workspaceLocale } from '../domain/employees/employee-viewer';
import type { Viewer } from '../domain/viewer';
import type { WorkspaceService } from '../domain/workspaces/workspace-service';
import type { Employee, Workspace } from '../generated/prisma/client';
import { type Locale, type Messages, messages } from '../i18n';

/** What every listener may rely on, added to Bolt's context by `requestContext`. */
export interface TouchbaseContext {
  workspace: Workspace;
  /** The acting user; null for events without a user or when Slack could not tell us who it is. */
  employee: Employee | null;
  /** The acting employee as rules see them; null when there is no acting user. */
  viewer: Viewer | null;
  locale: Locale;
  m: Messages;
}

export function touchbase(context: Context): TouchbaseContext {
  const value = context.touchbase as TouchbaseContext | undefined;
  if (!value) throw new Error('requestContext middleware did not run');
  return value;
}

/** Resolves the workspace, the acting employee and their language once per request. */
export function requestContext(deps: {
  workspaces: WorkspaceService;
  employees: EmployeeService;
}): Middleware<AnyMiddlewareArgs> {
  return async ({ context, next }) => {
    const teamId = context.teamId ?? context.enterpriseId;
    if (!teamId) return next();
    const workspace = await deps.workspaces.bySlackTeamId(teamId);
    const employee = context.userId ? await deps.employees.resolve(workspace, context.userId) : null;
    const viewer: Viewer | null = employee
      ? employeeViewer(workspace, employee, deps.employees.isAdmin(employee))
      : null;
    const locale: Locale = viewer?.locale ?? workspaceLocale(workspace);
    const value: TouchbaseContext = { workspace, employee, viewer, locale, m: messages(locale) };
    context.touchbase = value;
    await next();
  };
}
