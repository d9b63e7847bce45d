import type { GetActivity } from '../../domain/activities/get-activity';
import { sameSecond } from '../../domain/activities/timing-rules';
import { employeeViewer } from '../../domain/employees/employee-viewer';
import type {
  OutgoingReminder,
  ReminderClaim,
  ReminderComposer,
  ReminderSubjects,
} from '../../domain/reminders/reminder-ports';
import { messages } from '../../i18n';
import { outcomeMessage } from '../views/reminders/outcome-message';
import { reminderMessage } from '../views/reminders/reminder-message';

/**
 * Draws each claimed reminder for its recipient, from the activity as it is now and
 * as they may see it (visibleTo: a private activity only ever reaches its responsible).
 * An activity done, deleted, moved or handed over since the claim gets nothing.
 */
export class SlackReminderComposer implements ReminderComposer {
  constructor(
    private readonly recipients: ReminderSubjects,
    private readonly activities: Pick<GetActivity, 'getVisible'>,
  ) {}

  async compose(claims: ReminderClaim[], now: Date): Promise<Map<number, OutgoingReminder | null>> {
    const employees = await this.recipients.employees([...new Set(claims.map((claim) => claim.employeeId))]);
    const out = new Map<number, OutgoingReminder | null>();
    await Promise.all(
      claims.map(async (claim) => {
        const employee = employees.get(claim.employeeId);
        if (!employee) return out.set(claim.deliveryId, null);
        // Admin rights play no part in one's own reminder.
        const viewer = employeeViewer(employee.workspace, employee, false);
        const record = await this.activities.getVisible(viewer, claim.activityId);
        const stands =
          record !== null &&
          record.status !== 'DONE' &&
          record.responsible.id === claim.employeeId &&
          sameSecond(record.startAt, claim.startAt);
        if (!stands) return out.set(claim.deliveryId, null);
        const ctx = { m: messages(viewer.locale), viewer, now };
        const drawing = { activityId: record.id, record, recipientEmployeeId: employee.id };
        const message =
          claim.kind === 'OUTCOME' ? outcomeMessage(ctx, drawing) : reminderMessage(ctx, drawing);
        return out.set(claim.deliveryId, {
          slackTeamId: employee.workspace.slackTeamId,
          channel: employee.slackUserId,
          ...message,
        });
      }),
    );
    return out;
  }
}
