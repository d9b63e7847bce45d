import type { ActivityRecord } from '../../domain/activities/activity-record';
import type { GetActivity } from '../../domain/activities/get-activity';
import { sameSecond } from '../../domain/activities/timing-rules';
import type { Employee } from '../../domain/employees/employee';
import { employeeViewer } from '../../domain/employees/employee-viewer';
import { groupBy } from '../../domain/group-by';
import type {
  ComposedHeld,
  ComposedReminder,
  HeldClaim,
  NoticeItem,
  ReminderClaim,
  ReminderComposer,
  ReminderSubjects,
} from '../../domain/reminders/reminder-ports';
import { quietUntil, workingTimeOf } from '../../domain/reminders/working-time';
import type { Viewer } from '../../domain/viewer';
import type { Workspace } from '../../domain/workspaces/workspace';
import { messages } from '../../i18n';
import { activityCard } from '../views/activities/activity-card';
import type { ActivityViewContext } from '../views/activities/activity-parts';
import type { SlackMessage } from '../views/help-view';
import { FOLDED_ITEMS_MAX, type FoldedItem, foldedMessage } from '../views/reminders/folded-message';
import { outcomeMessage } from '../views/reminders/outcome-message';
import { reminderMessage } from '../views/reminders/reminder-message';

type Recipient = Employee & { workspace: Workspace };

/** Whether a notice still applies to the activity as it is now (else it is not sent). */
export function noticeStands(item: NoticeItem, record: ActivityRecord | null, employeeId: number): boolean {
  if (!record || record.deletedAt || record.responsible.id !== employeeId) return false;
  if (item.kind === 'ASSIGNED') return true;
  return record.status !== 'DONE' && sameSecond(record.startAt, item.startAt);
}

/** One notice on its own: the reminder, the outcome question, or the assignment card. */
export function singleNotice(
  ctx: ActivityViewContext,
  item: NoticeItem,
  { record, recipientEmployeeId }: { record: ActivityRecord; recipientEmployeeId: number },
): SlackMessage {
  const drawing = { activityId: record.id, record, recipientEmployeeId };
  if (item.kind === 'OUTCOME') return outcomeMessage(ctx, drawing);
  if (item.kind === 'BEFORE') return reminderMessage(ctx, drawing);
  return activityCard(
    ctx,
    record,
    ctx.m.activities.notices.assigned(record.id, item.actorLabel ?? ctx.m.reminders.folded.someone),
  );
}

/**
 * Draws each claimed reminder for its recipient, from the activity as it is now and
 * as they may see it (visibleTo: a private activity only ever reaches its responsible).
 * An activity done, deleted, moved or handed over since the claim gets nothing. Outside
 * the recipient's working time it is held instead (product §5.6).
 */
export class SlackReminderComposer implements ReminderComposer {
  constructor(
    private readonly recipients: ReminderSubjects,
    private readonly activities: Pick<GetActivity, 'visibleToEach'>,
  ) {}

  async compose(claims: ReminderClaim[], now: Date): Promise<Map<number, ComposedReminder | null>> {
    const employees = await this.recipients.employees([...new Set(claims.map((claim) => claim.employeeId))]);
    const out = new Map<number, ComposedReminder | null>();
    for (const [workspaceId, ofWorkspace] of groupBy(claims, (claim) => claim.workspaceId)) {
      const visible = await this.activities.visibleToEach(
        workspaceId,
        ofWorkspace.map((claim) => claim.activityId),
      );
      for (const claim of ofWorkspace) {
        const employee = employees.get(claim.employeeId);
        if (!employee) {
          out.set(claim.deliveryId, null);
          continue;
        }
        const viewer = this.viewerOf(employee);
        const record = visible(claim.activityId, employee.id);
        const item = {
          kind: claim.kind,
          activityId: claim.activityId,
          startAt: claim.startAt,
          actorLabel: null,
        };
        if (!record || !noticeStands(item, record, claim.employeeId)) {
          out.set(claim.deliveryId, null);
          continue;
        }
        const ctx = { m: messages(viewer.locale), viewer, now };
        const message = singleNotice(ctx, item, { record, recipientEmployeeId: employee.id });
        out.set(claim.deliveryId, {
          message: { slackTeamId: employee.workspace.slackTeamId, channel: employee.slackUserId, ...message },
          holdUntil: quietUntil(now, record.startAt, workingTimeOf(employee, employee.workspace)),
        });
      }
    }
    return out;
  }

  async composeHeld(claims: HeldClaim[], now: Date): Promise<ComposedHeld> {
    const employeeId = claims[0]?.employeeId;
    const employee =
      employeeId === undefined ? undefined : (await this.recipients.employees([employeeId])).get(employeeId);
    if (!employee)
      return { message: null, standing: [], gone: claims.map((claim) => claim.deliveryId), later: [] };
    const viewer = this.viewerOf(employee);
    const ctx = { m: messages(viewer.locale), viewer, now };
    const items: (FoldedItem & { deliveryId: number; claim: HeldClaim })[] = [];
    const gone: number[] = [];
    const visible = await this.activities.visibleToEach(
      employee.workspaceId,
      claims.map((claim) => claim.activityId),
    );
    for (const claim of claims) {
      const record = visible(claim.activityId, employee.id);
      if (noticeStands(claim, record, employee.id)) items.push({ ...claim, record, claim });
      else gone.push(claim.deliveryId);
    }
    // What does not fit in one message waits for the next tick (a moment later).
    const shown = items.slice(0, FOLDED_ITEMS_MAX);
    const only = shown.length === 1 ? shown[0] : undefined;
    const message =
      shown.length === 0
        ? null
        : only?.record
          ? singleNotice(ctx, only.claim, { record: only.record, recipientEmployeeId: employee.id })
          : foldedMessage(ctx, { items: shown });
    return {
      message: message
        ? { slackTeamId: employee.workspace.slackTeamId, channel: employee.slackUserId, ...message }
        : null,
      standing: shown.map((item) => item.deliveryId),
      gone,
      later: items.slice(FOLDED_ITEMS_MAX).map((item) => item.deliveryId),
    };
  }

  /** Admin rights play no part in one's own reminder. */
  private viewerOf(employee: Recipient): Viewer {
    return employeeViewer(employee.workspace, employee, false);
  }
}
