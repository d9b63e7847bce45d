import type { ClaimTerms, DeliveryFailure, DeliverySent } from '../deliveries/delivery-run';
import type { Employee } from '../employees/employee';
import type { Workspace } from '../workspaces/workspace';

/** A reminder before the start (§5.4), or "How did it go?" after the end (§5.5). */
export const REMINDER_KINDS = ['BEFORE', 'OUTCOME'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** What a message to one person may be about: also an assignment, when it is held or folded (§5.6). */
export type NoticeKind = ReminderKind | 'ASSIGNED';

/** One item of a message that may hold several (product §5.6). */
export interface NoticeItem {
  kind: NoticeKind;
  activityId: number;
  /** The start it was about: another start now means the activity moved since. */
  startAt: Date;
  /** ASSIGNED: who assigned it, as mrkdwn (a mention, or an API token's escaped label). */
  actorLabel: string | null;
}

/** A held item (product §5.6) claimed by this process at its recipient's next working moment. */
export interface HeldClaim extends NoticeItem {
  deliveryId: number;
  workspaceId: number;
  employeeId: number;
}

/** One reminder (kind, activity, responsible, start, moment) claimed by this process. */
export interface ReminderClaim {
  deliveryId: number;
  kind: ReminderKind;
  workspaceId: number;
  activityId: number;
  employeeId: number;
  startAt: Date;
  remindAt: Date;
  /** The activity's lead when claimed: how late the reminder may still go out. */
  leadMinutes: number;
  /** Claims of this reminder so far, this one included. */
  attempts: number;
}

/** A reminder already in someone's DM: redrawn when its activity changes. */
export interface SentReminder {
  deliveryId: number;
  kind: ReminderKind;
  employeeId: number;
  channelId: string;
  messageTs: string;
  /** The start it reminded of: a later one means the activity has moved since. */
  startAt: Date;
}

/**
 * The ReminderDelivery rows (product §5.4): claimed in one statement per batch — at most
 * once per (activity, responsible, start, moment) however many replicas claim together —
 * and marked after the send.
 */
export interface ReminderDeliveries {
  claim(kind: ReminderKind, terms: ClaimTerms): Promise<ReminderClaim[]>;
  markSent(deliveryId: number, sent: DeliverySent): Promise<void>;
  /** Found too late (downtime): never sent. */
  markDropped(deliveryId: number, owner: string, at: Date): Promise<void>;
  /** The activity changed between the claim and the send: nothing to remind of. */
  markSkipped(deliveryId: number, owner: string, at: Date): Promise<void>;
  /** Failed for now; may be claimed again from `retryAfter` on, while attempts remain. */
  markFailed(failure: DeliveryFailure): Promise<void>;
  /** Gives unsent claims back at once (shutting down). */
  release(deliveryIds: number[], owner: string, at: Date): Promise<void>;
  /** The reminders of an activity that are in someone's DM on their own (not folded), newest first. */
  sentFor(workspaceId: number, activityId: number): Promise<SentReminder[]>;
  /**
   * Due outside its recipient's working time (§5.6): waits until `until`, when it goes folded
   * with what else waits for them. The activity lets go of the moment, as after a send.
   */
  markHeld(deliveryId: number, hold: { owner: string; until: Date; at: Date }): Promise<void>;
  /** Held items now due, all of each recipient's together, for at most `terms.limit` recipients. */
  claimHeld(terms: ClaimTerms): Promise<HeldClaim[]>;
  /** Held items that went out in one message (`folded`: with others). */
  markHeldSent(
    deliveryIds: number[],
    sent: { channelId: string; messageTs: string; at: Date; folded: boolean },
  ): Promise<void>;
  /** Held items whose activity no longer stands (done, moved, handed over, deleted). */
  markHeldSkipped(deliveryIds: number[], owner: string, at: Date): Promise<void>;
  /** Held items Slack did not take: held again until `until` (given up after the last attempt). */
  holdAgain(
    deliveryIds: number[],
    retry: { owner: string; until: Date; error: string; maxAttempts: number },
  ): Promise<void>;
}

/** A new assignment's message (product §5.1, §5.6), as recorded for folding and holding. */
export interface AssignmentNotice {
  workspaceId: number;
  activityId: number;
  employeeId: number;
  startAt: Date;
  at: Date;
  actorLabel: string;
}

/** A recipient's assignment message still open for more (product §5.6), with its items oldest first. */
export interface OpenFold {
  channelId: string;
  messageTs: string;
  items: NoticeItem[];
}

/**
 * Assignments sent together in one message at `at` (the draw's moment); `folded`: it holds
 * several. `foldEarlier`: the message held one item on its own before, which is now folded too.
 */
export interface SentAssignments {
  at: Date;
  notices: AssignmentNotice[];
  sent: { channelId: string; messageTs: string; folded: boolean; foldEarlier: boolean };
}

/** The assignment messages sent or waiting (the ReminderDelivery rows of kind ASSIGNED). */
export interface AssignmentNotices {
  /** Each waits until its `until`, then goes with the recipient's other held items. */
  hold(notices: (AssignmentNotice & { until: Date })[]): Promise<void>;
  /** The recipient's assignment message first sent at or after `since`, with its items. */
  openFold(employeeId: number, since: Date): Promise<OpenFold | null>;
  /** The messages one draw sent (the open one updated, new ones posted), recorded together. */
  recordSent(messages: SentAssignments[]): Promise<void>;
  /** The items of one message, oldest first (to draw it again). */
  itemsAt(channelId: string, messageTs: string): Promise<NoticeItem[]>;
}

/** Who a claim is for, and the activity as it is now. */
export interface ReminderSubjects {
  /** Employees with their workspaces, by id. */
  employees(ids: number[]): Promise<Map<number, Employee & { workspace: Workspace }>>;
}

/** The next reminder moment of an activity, apart from its other fields (no version, no history). */
export interface ReminderSchedule {
  /** Sets the moment of an unfinished, undeleted activity; false when there is none such. */
  remindAgainAt(workspaceId: number, activityId: number, at: Date): Promise<boolean>;
  /** *Not yet*: asks how it went once more at `at` (product §5.5); false when there is nothing to ask. */
  askOutcomeAgainAt(workspaceId: number, activityId: number, at: Date): Promise<boolean>;
}

/** A message ready to post to a user's DM. */
export interface OutgoingReminder {
  /** The workspace it goes to: posted with that workspace's token, at its pace. */
  slackTeamId: string;
  /** The user id: the bot's DM with them. */
  channel: string;
  text: string;
  blocks: unknown[];
}

/** A reminder drawn for its recipient, and until when it must wait (§5.6); null `holdUntil`: now. */
export interface ComposedReminder {
  message: OutgoingReminder;
  holdUntil: Date | null;
}

/** What a recipient's held items say together; `standing`: the items it holds, `gone`: those that no longer apply. */
export interface ComposedHeld {
  message: OutgoingReminder | null;
  standing: number[];
  gone: number[];
  /** More than one message holds: these wait for the next run. */
  later: number[];
}

/** What a claimed reminder says, drawn for its recipient; null: nothing to say any more. */
export interface ReminderComposer {
  compose(claims: ReminderClaim[], now: Date): Promise<Map<number, ComposedReminder | null>>;
  /** One message for one recipient's held items (each claim of the list is theirs). */
  composeHeld(claims: HeldClaim[], now: Date): Promise<ComposedHeld>;
}

export interface ReminderSender {
  send(message: OutgoingReminder): Promise<{ channelId: string; messageTs: string }>;
}

/** Counters (Prometheus in production). */
export interface ReminderObserver {
  sent(lateSeconds: number): void;
  held(): void;
  dropped(): void;
  skipped(): void;
  failed(): void;
}

/** What a reminder run works with besides its clock, owner, tuning and log (`DeliveryRunDeps`). */
export interface ReminderRunPorts {
  deliveries: ReminderDeliveries;
  composer: ReminderComposer;
  sender: ReminderSender;
  observer: ReminderObserver;
}
