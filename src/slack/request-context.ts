import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';
import type { Employee } from '../domain/employees/employee';
import type { EmployeeService } from '../domain/employees/employee-service';
import { employeeViewer, workspaceLocale } from '../domain/employees/employee-viewer';
import type { InstallationQuery, Register } from '../domain/installations/installation';
import type { Viewer } from '../domain/viewer';
import type { Workspace } from '../domain/workspaces/workspace';
import type { WorkspaceService } from '../domain/workspaces/workspace-service';
import { type Locale, type Messages, messages } from '../i18n';
import type { Logger } from '../observability/logger';
import { answerRefusal } from './access/answer-refusal';

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

export interface RequestContextDeps {
  workspaces: WorkspaceService;
  employees: EmployeeService;
  /**
   * The register a request acts in, or undefined when Touchbase does not serve it: with one bot
   * token only the workspace auth.test named at start; installed through OAuth, the request's
   * own workspace, or its Enterprise Grid organization's shared register (product §10.4).
   */
  servedRegister: (request: InstallationQuery) => Promise<Register | undefined>;
  /** Whose language a refusal speaks: the one served workspace's, else DEFAULT_LOCALE. */
  refusalLocale: () => Promise<Locale>;
  logger: Logger;
}

/**
 * Resolves the workspace, the acting employee and their language once per request, for the
 * workspace the request came from. A request from a workspace Touchbase does not serve (or one
 * naming none) is refused and logged before anything is looked up or created.
 */
export function requestContext(deps: RequestContextDeps): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { context, next } = args;
    const origin = {
      teamId: context.teamId,
      enterpriseId: context.enterpriseId,
      isEnterpriseInstall: context.isEnterpriseInstall,
    };
    // An uninstall, or an org-wide app removed from or added to workspaces, is about the install,
    // not a register: an org-wide one may name no workspace, or come after the install is gone (a
    // retry). Its listener needs no workspace context, and none is looked up or created for it.
    if (isInstallLifecycleEvent(args.body)) return next();
    const served = await deps.servedRegister(origin);
    if (served === undefined) {
      deps.logger.warn(
        {
          teamId: origin.teamId ?? null,
          enterpriseId: origin.enterpriseId ?? null,
          userId: context.userId ?? null,
        },
        'refused a request from a workspace this token does not serve',
      );
      const m = messages(await deps.refusalLocale());
      await answerRefusal(args, { m, text: m.access.otherWorkspace, viaWebApi: false });
      return;
    }
    const workspace = await deps.workspaces.bySlackTeamId(served.slackTeamId, served.enterpriseId);
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

/**
 * `app_uninstalled` and `tokens_revoked` (product §10.2), which Bolt passes without an install, and
 * `team_access_revoked` / `team_access_granted` (product §10.4), which name only the organization.
 */
const LIFECYCLE_EVENTS: readonly unknown[] = [
  'app_uninstalled',
  'tokens_revoked',
  'team_access_revoked',
  'team_access_granted',
];

function isInstallLifecycleEvent(body: unknown): boolean {
  const event = (body as { type?: unknown; event?: { type?: unknown } }).event;
  return (body as { type?: unknown }).type === 'event_callback' && LIFECYCLE_EVENTS.includes(event?.type);
}
