import type { Logger } from '@slack/bolt';
import type { EmployeeRef } from '../../domain/activities/activity-record';
import type { SavedActivity } from '../../domain/activities/assignment-notice';
import { BackgroundWork } from '../../domain/background-work';
import type { Clock } from '../../domain/clock';
import type { EmployeeService } from '../../domain/employees/employee-service';
import { employeeViewer } from '../../domain/employees/employee-viewer';
import type { DeliverAssignment } from '../../domain/reminders/deliver-assignment';
import type { Workspace } from '../../domain/workspaces/workspace';
import { escapeMrkdwn } from '../../slack/views/mrkdwn';
import type { ApiNotifier } from '../services/api-notifier';

export interface SlackApiNotifierDeps {
  employees: Pick<EmployeeService, 'resolve' | 'isAdmin'>;
  clock: Clock;
  /** Redraws the App Homes of those affected (the Slack side's publishHomesOf, wired in create-api-deps). */
  refreshHomes(workspace: Workspace, people: EmployeeRef[]): Promise<void>;
  /** The assignment message (product §5.1, §5.6), shared with the Slack side. */
  assignments: Pick<DeliverAssignment, 'execute'>;
  /** Redraws the activity's reminders already sent (product §5.4), in the background. */
  redrawReminders(workspaceId: number, activityId: number): void;
}

/**
 * product §5.1 for API saves: the new responsible gets a DM with the activity card
 * ("… via API · <token>"), and the Homes of those affected are redrawn. Only the
 * responsible is ever messaged, so a private activity reaches nobody else.
 * Slack is called after the HTTP answer; failures are logged, the save stands.
 */
export class SlackApiNotifier implements ApiNotifier {
  private readonly sending = new BackgroundWork();

  constructor(
    private readonly deps: SlackApiNotifierDeps,
    private readonly logger: Logger,
  ) {}

  saved(workspace: Workspace, saved: SavedActivity, actorLabel: string): void {
    // A new activity (version 1) has no reminder in anyone's DM yet: nothing to look up.
    if (saved.record.version > 1) this.deps.redrawReminders(workspace.id, saved.record.id);
    if (!saved.tell && saved.affected.length === 0) return;
    this.sending.add(
      this.tell(workspace, saved, actorLabel).then(() => this.deps.refreshHomes(workspace, saved.affected)),
    );
  }

  /** Notices still being sent. */
  get pending(): number {
    return this.sending.size;
  }

  idle(): Promise<void> {
    return this.sending.idle();
  }

  private async tell(workspace: Workspace, saved: SavedActivity, actorLabel: string): Promise<void> {
    const { record, tell } = saved;
    if (!tell) return;
    try {
      const employee = await this.deps.employees.resolve(workspace, tell.slackUserId);
      if (!employee) throw new Error(`no employee ${tell.slackUserId}`);
      const viewer = employeeViewer(workspace, employee, this.deps.employees.isAdmin(employee));
      // Held outside their working time, folded with the last two minutes' (product §5.6).
      await this.deps.assignments.execute({
        workspace,
        recipient: employee,
        viewer,
        record,
        actorLabel: escapeMrkdwn(actorLabel),
      });
    } catch (error) {
      this.logger.warn(
        `could not tell ${tell.slackUserId} about activity #${record.id}: ${(error as Error).message}`,
      );
    }
  }
}
