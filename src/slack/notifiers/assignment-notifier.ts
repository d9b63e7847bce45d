import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { SavedActivity } from '../../domain/activities/assignment-notice';
import type { Clock } from '../../domain/clock';
import type { EmployeeService } from '../../domain/employees/employee-service';
import { employeeViewer } from '../../domain/employees/employee-viewer';
import type { Workspace } from '../../domain/workspaces/workspace';
import { messages } from '../../i18n';
import { activityCard } from '../views/activities/activity-card';
import { mention } from '../views/activities/activity-parts';

export interface AssignmentNotifierDeps {
  employees: EmployeeService;
  clock: Clock;
}

/**
 * Tells the new responsible (product §5.1) in a direct message: the activity card with
 * its buttons, in their language and time zone. The activity is saved already, so
 * a message Slack will not take is logged and nothing else happens.
 */
export async function notifyAssignment(
  deps: AssignmentNotifierDeps,
  client: WebClient,
  {
    logger,
    workspace,
    actor,
    saved,
  }: { logger: Logger; workspace: Workspace; actor: { slackUserId: string }; saved: SavedActivity },
): Promise<void> {
  const { record, tell } = saved;
  if (!tell) return;
  try {
    const employee = await deps.employees.resolve(workspace, tell.slackUserId);
    if (!employee) throw new Error(`no employee ${tell.slackUserId}`);
    const viewer = employeeViewer(workspace, employee, deps.employees.isAdmin(employee));
    const m = messages(viewer.locale);
    const card = activityCard(
      { m, viewer, now: deps.clock.now() },
      record,
      m.activities.notices.assigned(record.id, mention(actor.slackUserId)),
    );
    // A user id as channel posts into the app's DM with them: no conversations.open
    // (rate-limited at tier 3) for every assignment.
    await client.chat.postMessage({ channel: tell.slackUserId, ...card });
  } catch (error) {
    logger.warn(
      `could not tell ${tell.slackUserId} about activity #${record.id}: ${(error as Error).message}`,
    );
  }
}
