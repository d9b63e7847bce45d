import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { GetActivity } from '../../domain/activities/get-activity';
import type { Clock } from '../../domain/clock';
import { employeeViewer } from '../../domain/employees/employee-viewer';
import type { ReminderDeliveries, ReminderSubjects } from '../../domain/reminders/reminder-ports';
import { messages } from '../../i18n';
import { outcomeMessage } from '../views/reminders/outcome-message';
import { reminderMessage } from '../views/reminders/reminder-message';

/** A message that was just redrawn by the button pressed in it. */
export interface RedrawnMessage {
  channelId: string;
  messageTs: string;
}

/**
 * Product §5.4: a reminder already sent is redrawn when its activity changes — done,
 * moved, handed over, deleted — each in its recipient's language and as they may see
 * it now. Runs after the change's answer; a failure is logged and the change stands.
 */
export class ReminderRedrawer {
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly deps: {
      deliveries: Pick<ReminderDeliveries, 'sentFor'>;
      recipients: ReminderSubjects;
      activities: Pick<GetActivity, 'visibleToEach'>;
      /** The Web API client acting in a workspace (its own token), by its Slack team id. */
      clientFor: (slackTeamId: string) => Promise<WebClient>;
      clock: Clock;
      logger: Pick<Logger, 'warn'>;
    },
  ) {}

  /** Redraws the activity's sent reminders (but `except`, already redrawn), in the background. */
  request(workspaceId: number, activityId: number, except?: RedrawnMessage): void {
    const work = this.redraw(workspaceId, activityId, except)
      .catch((error: Error) =>
        this.deps.logger.warn(`could not redraw the reminders of activity #${activityId}: ${error.message}`),
      )
      .finally(() => this.running.delete(work));
    this.running.add(work);
  }

  get pending(): number {
    return this.running.size;
  }

  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private async redraw(workspaceId: number, activityId: number, except?: RedrawnMessage): Promise<void> {
    const sent = (await this.deps.deliveries.sentFor(workspaceId, activityId)).filter(
      (reminder) =>
        !(except && reminder.channelId === except.channelId && reminder.messageTs === except.messageTs),
    );
    if (sent.length === 0) return;
    const [employees, visible] = await Promise.all([
      this.deps.recipients.employees([...new Set(sent.map((reminder) => reminder.employeeId))]),
      this.deps.activities.visibleToEach(workspaceId, [activityId]),
    ]);
    for (const reminder of sent) {
      const employee = employees.get(reminder.employeeId);
      if (!employee) continue;
      const viewer = employeeViewer(employee.workspace, employee, false);
      const record = visible(activityId, employee.id);
      const draw = reminder.kind === 'OUTCOME' ? outcomeMessage : reminderMessage;
      const message = draw(
        { m: messages(viewer.locale), viewer, now: this.deps.clock.now() },
        { activityId, record, recipientEmployeeId: employee.id, sentForStart: reminder.startAt },
      );
      const client = await this.deps.clientFor(employee.workspace.slackTeamId);
      await client.chat.update({ channel: reminder.channelId, ts: reminder.messageTs, ...message });
    }
  }
}
