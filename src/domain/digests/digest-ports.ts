import type { ActivityRecord } from '../activities/activity-record';
import type { VisibilityRule } from '../activities/activity-visibility';
import type { ClaimTerms, DeliveryFailure, DeliverySent } from '../deliveries/delivery-run';
import type { Employee } from '../employees/employee';
import type { Workspace } from '../workspaces/workspace';
import type { DueWindow, Zone } from './due-window';

export type DigestKindName = 'PERSONAL' | 'TEAM';

/** One recipient's digest for one local date, claimed by this process. */
export interface DigestClaim {
  deliveryId: number;
  workspaceId: number;
  /** The employee (personal) or the team (team digest). */
  recipientId: number;
  localDate: string;
  /** Claims so far of this (recipient, date), this one included. */
  attempts: number;
}

export interface ClaimBatch {
  /** Recipients found due in this round (some may have been claimed by another process meanwhile). */
  selected: number;
  claims: DigestClaim[];
}

/** The DigestDelivery rows: claimed before sending, marked after. */
export interface DigestDeliveries {
  markSent(deliveryId: number, sent: DeliverySent): Promise<void>;
  markSkipped(deliveryId: number, owner: string, at: Date): Promise<void>;
  /** Failed for now; may be claimed again from `retryAfter` on, while attempts remain. */
  markFailed(failure: DeliveryFailure): Promise<void>;
  /** Gives unsent claims back at once (shutting down), so another process need not wait for the lease. */
  release(deliveryIds: number[], owner: string, at: Date): Promise<void>;
}

/** Who is due, and the claims: one statement per batch, at most once per (recipient, date). */
export interface DigestClaims {
  /** Time zones and holiday countries of everyone who may get a personal digest. */
  employeeZones(): Promise<Zone[]>;
  /** Team digests go by the workspace's time zone. */
  teamZones(): Promise<Zone[]>;
  claimPersonal(windows: DueWindow[], terms: ClaimTerms): Promise<ClaimBatch>;
  claimTeams(windows: DueWindow[], terms: ClaimTerms): Promise<ClaimBatch>;
}

/** Who a batch of digest claims is for, in one query per batch. */
export interface DigestRecipients {
  employees(ids: number[]): Promise<Map<number, Employee & { workspace: Workspace }>>;
  /** Workspaces of a batch of team claims (time zone, language and holidays of their channel digests). */
  workspaces(ids: number[]): Promise<Map<number, Workspace>>;
}

/** One employee's calendar boundaries for a digest: items due before `tomorrow` are today's. */
export interface DigestWindowOf {
  employeeId: number;
  /** What the digest may show: the employee's own view (visibleTo them). */
  rule: VisibilityRule;
  tomorrow: Date;
  /** End of *Upcoming*: later items are not in the digest. */
  horizon: Date;
}

export type DigestGroupKey = 'overdue' | 'today' | 'upcoming';

export interface DigestItemsOf {
  counts: Record<DigestGroupKey, number>;
  /** The first items in digest order (overdue, today, upcoming; soonest due first), at most the limit. */
  items: { group: DigestGroupKey; record: ActivityRecord }[];
}

/** The unfinished activities of many employees at once, ranked and counted per employee and group. */
export interface DigestActivities {
  forEmployees(windows: DigestWindowOf[], now: Date, limit: number): Promise<Map<number, DigestItemsOf>>;
}

/** A message ready to post: the view has made it; the engine does not look inside. */
export interface OutgoingDigest {
  /** The workspace it goes to: posted with that workspace's token, paced with its other posts. */
  slackTeamId: string;
  /** A channel id, or a user id for the bot's DM with them. */
  channel: string;
  text: string;
  blocks: unknown[];
}

/** One kind of digest: who is due (claimed in a batch) and what each of them gets. */
export interface DigestAudience {
  kind: DigestKindName;
  /** Zones where recipients of this kind live. */
  zones(): Promise<Zone[]>;
  /** Claims up to `terms.limit` due recipients in the given windows, atomically. */
  claim(windows: DueWindow[], terms: ClaimTerms): Promise<ClaimBatch>;
  /** The message per claim (by delivery id); null or absent: nothing to say, so nothing is sent. */
  compose(claims: DigestClaim[], now: Date): Promise<Map<number, OutgoingDigest | null>>;
}

export interface SentDigest {
  channelId: string;
  messageTs: string;
}

/** Posts a digest, retrying what is worth retrying; throws when it finally could not. */
export interface DigestSender {
  send(message: OutgoingDigest, kind: DigestKindName): Promise<SentDigest>;
}

/** Counters and timings (Prometheus in production). */
export interface DigestObserver {
  sent(kind: DigestKindName, seconds: number): void;
  skipped(kind: DigestKindName): void;
  failed(kind: DigestKindName): void;
  run(seconds: number): void;
}

/** What a digest run works with besides its clock, owner, tuning and log (`DeliveryRunDeps`). */
export interface DigestRunPorts {
  audiences: DigestAudience[];
  deliveries: DigestDeliveries;
  sender: DigestSender;
  observer: DigestObserver;
}
