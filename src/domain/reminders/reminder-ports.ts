import type { Employee } from '../employees/employee';
import type { Workspace } from '../workspaces/workspace';

/** A reminder before the start (§5.4), or "How did it go?" after the end (§5.5). */
export const REMINDER_KINDS = ['BEFORE', 'OUTCOME'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

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

/** Who claims, until when, how often one reminder may be tried, how many at once. */
export interface ReminderClaimTerms {
  now: Date;
  owner: string;
  leaseUntil: Date;
  maxAttempts: number;
  limit: number;
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
  claim(kind: ReminderKind, terms: ReminderClaimTerms): Promise<ReminderClaim[]>;
  markSent(deliveryId: number, sent: { channelId: string; messageTs: string; at: Date }): Promise<void>;
  /** Found too late (downtime): never sent. */
  markDropped(deliveryId: number, owner: string, at: Date): Promise<void>;
  /** The activity changed between the claim and the send: nothing to remind of. */
  markSkipped(deliveryId: number, owner: string, at: Date): Promise<void>;
  markFailed(deliveryId: number, owner: string, error: string, retryAfter: Date): Promise<void>;
  /** Gives unsent claims back at once (shutting down). */
  release(deliveryIds: number[], owner: string, at: Date): Promise<void>;
  /** The reminders of an activity that are in someone's DM, newest first. */
  sentFor(workspaceId: number, activityId: number): Promise<SentReminder[]>;
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

/** What a claimed reminder says, drawn for its recipient; null: nothing to say any more. */
export interface ReminderComposer {
  compose(claims: ReminderClaim[], now: Date): Promise<Map<number, OutgoingReminder | null>>;
}

export interface ReminderSender {
  send(message: OutgoingReminder): Promise<{ channelId: string; messageTs: string }>;
}

/** Counters (Prometheus in production). */
export interface ReminderObserver {
  sent(lateSeconds: number): void;
  dropped(): void;
  skipped(): void;
  failed(): void;
}
