import type { ActivityRecord } from '../activities/activity-record';
import type { Clock } from '../clock';
import type { Employee } from '../employees/employee';
import type { Viewer } from '../viewer';
import type { Workspace } from '../workspaces/workspace';
import type {
  AssignmentNotice,
  AssignmentNotices,
  NoticeItem,
  OpenFold,
  SentAssignments,
} from './reminder-ports';
import { quietUntil, workingTimeOf } from './working-time';

/** Assignments to one person this close together go in one message (product §5.6). */
export const FOLD_WINDOW_MS = 2 * 60_000;
/** Items one message holds: each is a few blocks, and Slack takes 50 in a message. */
export const FOLD_ITEMS_MAX = 10;
/**
 * A recipient's message is drawn at most once in this long: what arrives meanwhile waits
 * and goes in the next draw together (one read, one Slack call for all of it).
 */
export const ASSIGNMENT_DRAW_INTERVAL_MS = 1000;

/** Where a message to one person went. */
export interface MessageAt {
  channelId: string;
  messageTs: string;
}

/** An item to draw; `saved`: its activity as the assignment just saved it, so it need not be read again. */
export interface ItemToDraw extends NoticeItem {
  saved?: ActivityRecord;
}

/** Draws and posts messages of notices to one person (Slack in production). */
export interface NoticeMessenger {
  /** A new message in the recipient's DM with these items. */
  post(viewer: Viewer, items: ItemToDraw[]): Promise<MessageAt>;
  /** The message at `at` drawn again with these items. */
  update(viewer: Viewer, at: MessageAt, items: ItemToDraw[]): Promise<void>;
}

export type AssignmentOutcome = 'held' | 'sent' | 'folded';

export interface AssignmentRequest {
  workspace: Workspace;
  recipient: Employee;
  /** The recipient as a viewer: what they may see of the activities. */
  viewer: Viewer;
  record: ActivityRecord;
  /** Who assigned it, as mrkdwn: a mention, or an API token's escaped label. */
  actorLabel: string;
}

/** One assignment waiting for its recipient's next draw. */
interface Waiting {
  request: AssignmentRequest;
  notice: AssignmentNotice;
  /** Outside the recipient's working time: held until then (§5.6). */
  until: Date | null;
  settle: { resolve(outcome: AssignmentOutcome): void; reject(error: unknown): void };
}

/** One recipient's draws: one running, those waiting for it, and when the last began. */
interface Recipient {
  waiting: Waiting[];
  running: boolean;
  timer: NodeJS.Timeout | null;
  lastStarted: number;
}

/**
 * Tells the new responsible (product §5.1) — quietly (§5.6): outside their working time
 * the message waits for their next working moment (unless the activity itself happens
 * outside it) and goes with whatever else waited; within two minutes of an earlier
 * assignment message, that message is updated to hold this one too.
 *
 * An integration may create hundreds of activities a second for a few people: drawing
 * each person's message again for every one of them would cost a read of the whole
 * message and a Slack call per activity. So a recipient's first assignment goes at
 * once, and those that arrive while it is being sent, or within `drawIntervalMs` of the
 * last draw, go together in one more draw when the interval is over.
 */
export class DeliverAssignment {
  private readonly recipients = new Map<number, Recipient>();
  private readonly drawIntervalMs: number;

  constructor(
    private readonly deps: {
      notices: AssignmentNotices;
      messenger: NoticeMessenger;
      clock: Clock;
      /** Default ASSIGNMENT_DRAW_INTERVAL_MS. */
      drawIntervalMs?: number;
    },
  ) {
    this.drawIntervalMs = deps.drawIntervalMs ?? ASSIGNMENT_DRAW_INTERVAL_MS;
  }

  /** Resolves once the assignment was held, sent or folded into a message (rejects when that failed). */
  execute(request: AssignmentRequest): Promise<AssignmentOutcome> {
    const { workspace, recipient, record, actorLabel } = request;
    const now = this.deps.clock.now();
    const notice: AssignmentNotice = {
      workspaceId: workspace.id,
      activityId: record.id,
      employeeId: recipient.id,
      startAt: record.startAt,
      at: now,
      actorLabel,
    };
    const until = quietUntil(now, record.startAt, workingTimeOf(recipient, workspace));
    return new Promise<AssignmentOutcome>((resolve, reject) => {
      const state = this.recipients.get(recipient.id) ?? {
        waiting: [],
        running: false,
        timer: null,
        lastStarted: Number.NEGATIVE_INFINITY,
      };
      this.recipients.set(recipient.id, state);
      state.waiting.push({ request, notice, until, settle: { resolve, reject } });
      if (!state.running && !state.timer) this.schedule(state);
    });
  }

  /** The next draw: at once (after this turn, so assignments made together go together), or when the interval is over. */
  private schedule(state: Recipient): void {
    const since = this.deps.clock.now().getTime() - state.lastStarted;
    // A clock set back (tests) waits no longer than the interval.
    const wait = since < 0 ? this.drawIntervalMs : Math.max(0, this.drawIntervalMs - since);
    state.timer = setTimeout(() => {
      state.timer = null;
      void this.draw(state);
    }, wait);
  }

  private async draw(state: Recipient): Promise<void> {
    const batch = state.waiting.splice(0);
    state.running = true;
    state.lastStarted = this.deps.clock.now().getTime();
    try {
      await this.deliver(batch);
    } finally {
      state.running = false;
      // The state stays (one small entry per person ever told): an assignment soon after
      // this draw must still wait for the interval.
      if (state.waiting.length > 0) this.schedule(state);
    }
  }

  private async deliver(batch: Waiting[]): Promise<void> {
    const held = batch.filter((one) => one.until !== null);
    const now = batch.filter((one) => one.until === null);
    await Promise.all([
      this.settle(held, () => this.hold(held)),
      now.length > 0 ? this.send(now) : Promise.resolve(),
    ]);
  }

  private async hold(held: Waiting[]): Promise<AssignmentOutcome[]> {
    await this.deps.notices.hold(held.map(({ notice, until }) => ({ ...notice, until: until as Date })));
    return held.map(() => 'held');
  }

  /**
   * Into the open message while it has room, the rest in new messages of up to FOLD_ITEMS_MAX
   * each; what Slack took is then recorded in one write for the whole draw.
   */
  private async send(batch: Waiting[]): Promise<void> {
    const now = this.deps.clock.now();
    // The newest request knows the recipient best (their language, time zone, admin rights).
    const viewer = (batch.at(-1) as Waiting).request.viewer;
    const recipientId = (batch[0] as Waiting).notice.employeeId;
    let open: OpenFold | null;
    try {
      open = await this.deps.notices.openFold(recipientId, new Date(now.getTime() - FOLD_WINDOW_MS));
    } catch (error) {
      for (const one of batch) one.settle.reject(error);
      return;
    }
    const sent: { message: Waiting[]; record: SentAssignments; outcomes: AssignmentOutcome[] }[] = [];
    const recordOf = (message: Waiting[], sentAs: SentAssignments['sent']): SentAssignments => ({
      at: now,
      notices: message.map((one) => ({ ...one.notice, at: now })),
      sent: sentAs,
    });
    let rest = batch;
    if (open && open.items.length < FOLD_ITEMS_MAX) {
      const fold = open;
      const joining = rest.slice(0, FOLD_ITEMS_MAX - fold.items.length);
      rest = rest.slice(joining.length);
      try {
        await this.deps.messenger.update(viewer, fold, [...fold.items, ...joining.map(itemOf)]);
        sent.push({
          message: joining,
          record: recordOf(joining, { ...fold, folded: true, foldEarlier: fold.items.length === 1 }),
          outcomes: joining.map(() => 'folded'),
        });
      } catch (error) {
        for (const one of joining) one.settle.reject(error);
      }
    }
    for (let start = 0; start < rest.length; start += FOLD_ITEMS_MAX) {
      const message = rest.slice(start, start + FOLD_ITEMS_MAX);
      try {
        const at = await this.deps.messenger.post(viewer, message.map(itemOf));
        sent.push({
          message,
          record: recordOf(message, { ...at, folded: message.length > 1, foldEarlier: false }),
          outcomes: message.map((_, index) => (index === 0 ? 'sent' : 'folded')),
        });
      } catch (error) {
        for (const one of message) one.settle.reject(error);
      }
    }
    if (sent.length === 0) return;
    try {
      await this.deps.notices.recordSent(sent.map((one) => one.record));
    } catch (error) {
      for (const { message } of sent) for (const one of message) one.settle.reject(error);
      return;
    }
    for (const { message, outcomes } of sent)
      for (const [index, one] of message.entries()) one.settle.resolve(outcomes[index] as AssignmentOutcome);
  }

  /** Runs `work` for these assignments and tells each caller how theirs went. */
  private async settle(batch: Waiting[], work: () => Promise<AssignmentOutcome[]>): Promise<void> {
    if (batch.length === 0) return;
    try {
      const outcomes = await work();
      for (const [index, one] of batch.entries()) one.settle.resolve(outcomes[index] as AssignmentOutcome);
    } catch (error) {
      for (const one of batch) one.settle.reject(error);
    }
  }
}

/**
 * A new item carries its activity as saved (a moment ago, by the assignment itself): the
 * message shows it as of the save instead of reading it again, as it always showed each
 * item as of one moment (a later change does not redraw it; its buttons check the
 * activity as it is when pressed, product §4). Items already in the message are read.
 */
function itemOf({ request, notice }: Waiting): ItemToDraw {
  return {
    kind: 'ASSIGNED',
    activityId: request.record.id,
    startAt: notice.startAt,
    actorLabel: notice.actorLabel,
    saved: request.record,
  };
}
