import type { ActivityRecord } from '../activities/activity-record';
import type { Clock } from '../clock';
import type { Employee } from '../employees/employee';
import type { Viewer } from '../viewer';
import type { Workspace } from '../workspaces/workspace';
import type { AssignmentNotices, NoticeItem } from './reminder-ports';
import { quietUntil, workingTimeOf } from './working-time';

/** Assignments to one person this close together go in one message (product §5.6). */
export const FOLD_WINDOW_MS = 2 * 60_000;
/** Items one message holds: each is a few blocks, and Slack takes 50 in a message. */
export const FOLD_ITEMS_MAX = 10;

/** Where a message to one person went. */
export interface MessageAt {
  channelId: string;
  messageTs: string;
}

/** Draws and posts messages of notices to one person (Slack in production). */
export interface NoticeMessenger {
  /** A new message in the recipient's DM with these items. */
  post(viewer: Viewer, items: NoticeItem[]): Promise<MessageAt>;
  /** The message at `at` drawn again with these items. */
  update(viewer: Viewer, at: MessageAt, items: NoticeItem[]): Promise<void>;
}

export type AssignmentOutcome = 'held' | 'sent' | 'folded';

/**
 * Tells the new responsible (product §5.1) — quietly (§5.6): outside their working time
 * the message waits for their next working moment (unless the activity itself happens
 * outside it) and goes with whatever else waited; within two minutes of an earlier
 * assignment message, that message is updated to hold this one too.
 */
export class DeliverAssignment {
  /** One recipient's assignments one after another in this process, so a fold sees the one before. */
  private readonly queues = new Map<number, Promise<unknown>>();

  constructor(
    private readonly deps: { notices: AssignmentNotices; messenger: NoticeMessenger; clock: Clock },
  ) {}

  execute({
    workspace,
    recipient,
    viewer,
    record,
    actorLabel,
  }: {
    workspace: Workspace;
    recipient: Employee;
    /** The recipient as a viewer: what they may see of the activities. */
    viewer: Viewer;
    record: ActivityRecord;
    /** Who assigned it, as mrkdwn: a mention, or an API token's escaped label. */
    actorLabel: string;
  }): Promise<AssignmentOutcome> {
    const run = async (): Promise<AssignmentOutcome> => {
      const now = this.deps.clock.now();
      const notice = {
        workspaceId: workspace.id,
        activityId: record.id,
        employeeId: recipient.id,
        startAt: record.startAt,
        at: now,
        actorLabel,
      };
      const until = quietUntil(now, record.startAt, workingTimeOf(recipient, workspace));
      if (until) {
        await this.deps.notices.hold({ ...notice, until });
        return 'held';
      }
      const item: NoticeItem = {
        kind: 'ASSIGNED',
        activityId: record.id,
        startAt: record.startAt,
        actorLabel,
      };
      const open = await this.deps.notices.openFold(recipient.id, new Date(now.getTime() - FOLD_WINDOW_MS));
      const earlier = open ? await this.deps.notices.itemsAt(open.channelId, open.messageTs) : [];
      if (open && earlier.length < FOLD_ITEMS_MAX) {
        await this.deps.messenger.update(viewer, open, [...earlier, item]);
        await this.deps.notices.recordSent({ ...notice, ...open, folded: true });
        return 'folded';
      }
      const sent = await this.deps.messenger.post(viewer, [item]);
      await this.deps.notices.recordSent({ ...notice, ...sent, folded: false });
      return 'sent';
    };
    const previous = this.queues.get(recipient.id) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(run);
    this.queues.set(recipient.id, next);
    void next
      .finally(() => {
        if (this.queues.get(recipient.id) === next) this.queues.delete(recipient.id);
      })
      .catch(() => undefined);
    return next;
  }
}
