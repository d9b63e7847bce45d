import type { Logger } from '@slack/bolt';
import type { SavedActivity } from '../../domain/activities/assignment-notice';
import type { Clock } from '../../domain/clock';
import type { EmployeeService } from '../../domain/employees/employee-service';
import { employeeViewer } from '../../domain/employees/employee-viewer';
import type { DeliverAssignment } from '../../domain/reminders/deliver-assignment';
import type { Workspace } from '../../domain/workspaces/workspace';
import { mention } from '../views/activities/activity-parts';

export interface AssignmentNotifierDeps {
  employees: EmployeeService;
  clock: Clock;
  reminders: { assignments: DeliverAssignment };
}

/**
 * Tells the new responsible (product §5.1) in a direct message: the activity card with
 * its buttons, in their language and time zone — held outside their working time and
 * folded with assignments of the last two minutes (§5.6). The activity is saved already,
 * so a message Slack will not take is logged and nothing else happens.
 */
export async function notifyAssignment(
  deps: AssignmentNotifierDeps,
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
    await deps.reminders.assignments.execute({
      workspace,
      recipient: employee,
      viewer,
      record,
      actorLabel: mention(actor.slackUserId),
    });
  } catch (error) {
    logger.warn(
      `could not tell ${tell.slackUserId} about activity #${record.id}: ${(error as Error).message}`,
    );
  }
}
