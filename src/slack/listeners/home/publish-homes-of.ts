import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { EmployeeRef } from '../../../domain/activities/activity-record';
import { employeeViewer } from '../../../domain/employees/employee-viewer';
import type { Workspace } from '../../../domain/workspaces/workspace';
import { messages } from '../../../i18n';
import type { ListenerDeps } from '../deps';
import type { HomeNotice } from './home-notice';
import { homeKey, publishHome } from './publish-home';

/**
 * Redraws the App Home of people other than the actor — the new responsible after
 * a reassignment, the one who lost the activity, the responsible of an activity
 * someone else completed — each in their own language and time zone, as of the
 * moment it is drawn. Bursts of changes for one person are folded into few draws
 * (see HomeRefresher). Their Home is a courtesy to them: a failure is logged and
 * the actor's action stands.
 */
export async function publishHomesOf(
  deps: ListenerDeps,
  client: WebClient,
  { logger, workspace, people }: { logger: Logger; workspace: Workspace; people: EmployeeRef[] },
): Promise<void> {
  await Promise.all(
    people.map((person) =>
      deps.homes.request(homeKey(workspace.id, person.slackUserId), (notice) => publishFor(person, notice)),
    ),
  );

  async function publishFor(person: EmployeeRef, notice: HomeNotice | undefined): Promise<void> {
    try {
      const employee = await deps.employees.resolve(workspace, person.slackUserId);
      if (!employee) return;
      const viewer = employeeViewer(workspace, employee, deps.employees.isAdmin(employee));
      const m = messages(viewer.locale);
      // A notice of their own folded into this draw (a button they pressed in their Home) stays on it.
      const user = { workspace, employee, viewer, locale: viewer.locale, m };
      await publishHome(deps, client, { user, notice });
    } catch (error) {
      logger.warn(`could not redraw the App Home of ${person.slackUserId}: ${(error as Error).message}`);
    }
  }
}
