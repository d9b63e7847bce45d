import type { ClaimTerms, DeliveryFailure, DeliverySent } from '../../domain/deliveries/delivery-run';
import type {
  AssignmentNotice,
  AssignmentNotices,
  HeldClaim,
  NoticeItem,
  OpenFold,
  ReminderClaim,
  ReminderDeliveries,
  ReminderKind,
  ReminderSchedule,
  SentAssignments,
  SentReminder,
} from '../../domain/reminders/reminder-ports';
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { type PlainSql, prepared } from '../plain-sql';
import { failedClaim, releasedClaims, sendableRows, sentData } from './delivery-leases';
import { utcTimestamp } from './digest-delivery-repository';

/**
 * Reminders older than this are never looked at again: the latest a reminder may go
 * out is two lead times (at most a day each) after its moment, and what the tick has
 * not even dropped by then belongs to someone who turned reminders off or left.
 */
const LOOK_BACK_MS = 7 * 24 * 3600_000;

/** A reminder nobody may take now: sent, dropped, skipped, held under a live lease, or out of tries. */
function takenRow(alias: string, terms: ClaimTerms): Prisma.Sql {
  const d = Prisma.raw(alias);
  return Prisma.sql`NOT (${d}.status IN ('CLAIMED', 'FAILED') AND ${d}."leaseUntil" <= ${utcTimestamp(terms.now)}
    AND ${d}.attempts < ${terms.maxAttempts}::int)`;
}

/** The activity's column holding each kind's moment. */
const MOMENT: Record<ReminderKind, Prisma.Sql> = {
  BEFORE: Prisma.raw('"remindAt"'),
  OUTCOME: Prisma.raw('"outcomeAskAt"'),
};

interface ClaimedRow {
  id: number;
  workspaceId: number;
  activityId: number;
  employeeId: number;
  startAt: string;
  remindAt: string;
  leadMinutes: number | null;
  attempts: number;
}

/** Timestamps come back from json_agg without a zone: they are UTC. */
const utc = (value: string) => new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);

/**
 * The ReminderDelivery rows and the activities' reminder moments (product §5.4). A
 * claim is one statement, as for digests: pick due reminders (skipping activity rows
 * another process is claiming this instant), insert CLAIMED rows or take over ones
 * whose lease ran out or that failed — the unique (activity, employee, start, moment)
 * index and ON CONFLICT … WHERE make each happen at most once across replicas.
 */
export class ReminderDeliveryRepository implements ReminderDeliveries, ReminderSchedule, AssignmentNotices {
  constructor(
    private readonly prisma: PrismaClient,
    /** The plain path, for an assignment draw's read and write (outside transactions; issue 12). */
    private readonly plain: PlainSql,
  ) {}

  async claim(kind: ReminderKind, terms: ClaimTerms): Promise<ReminderClaim[]> {
    const moment = MOMENT[kind];
    const kindValue = Prisma.sql`${kind}::"ReminderKind"`;
    const now = utcTimestamp(terms.now);
    const since = utcTimestamp(new Date(terms.now.getTime() - LOOK_BACK_MS));
    const rows = await this.prisma.$queryRaw<{ claims: unknown }[]>`
      WITH due AS (
        SELECT a.id AS activity, a."workspaceId" AS workspace, a."responsibleId" AS employee,
          a."startAt" AS start_at, a.${moment} AS remind_at, a."remindLeadMinutes" AS lead
        FROM "Activity" a
        JOIN "Employee" e ON e.id = a."responsibleId"
        WHERE a.${moment} <= ${now} AND a.${moment} > ${since}
          AND a."deletedAt" IS NULL AND a.status <> 'DONE'
          AND e."remindersEnabled" AND NOT e."isBot" AND NOT e."isDeleted"
          AND NOT e."isForeign" AND NOT e."isRestricted"
          -- An uninstalled workspace (distributed mode) gets nothing from that moment on.
          AND NOT EXISTS (SELECT 1 FROM "Workspace" ws WHERE ws.id = a."workspaceId" AND ws."uninstalledAt" IS NOT NULL)
          AND NOT EXISTS (
            SELECT 1 FROM "ReminderDelivery" d
            WHERE d."activityId" = a.id AND d.kind = ${kindValue} AND d."employeeId" = a."responsibleId"
              AND d."startAt" = a."startAt" AND d."remindAt" = a.${moment} AND ${takenRow('d', terms)})
        ORDER BY a.${moment}, a.id
        LIMIT ${terms.limit}::int
        FOR NO KEY UPDATE OF a SKIP LOCKED
      ), claimed AS (
        INSERT INTO "ReminderDelivery" AS d
          ("workspaceId", "activityId", kind, "employeeId", "startAt", "remindAt", status, "claimedBy",
           "leaseUntil", attempts, "createdAt", "updatedAt")
        SELECT workspace, activity, ${kindValue}, employee, start_at, remind_at, 'CLAIMED'::"ReminderStatus",
          ${terms.owner}::text, ${utcTimestamp(terms.leaseUntil)}, 1, ${now}, ${now}
        FROM due
        ON CONFLICT ("activityId", kind, "employeeId", "startAt", "remindAt") DO UPDATE
          SET status = 'CLAIMED', "claimedBy" = EXCLUDED."claimedBy", "leaseUntil" = EXCLUDED."leaseUntil",
              attempts = d.attempts + 1, "updatedAt" = EXCLUDED."updatedAt"
          WHERE NOT ${takenRow('d', terms)}
        RETURNING d.id, d."workspaceId", d."activityId", d."employeeId", d."startAt", d."remindAt", d.attempts
      )
      SELECT COALESCE(json_agg(json_build_object(
        'id', c.id, 'workspaceId', c."workspaceId", 'activityId', c."activityId", 'employeeId', c."employeeId",
        'startAt', c."startAt", 'remindAt', c."remindAt", 'attempts', c.attempts, 'leadMinutes', due.lead
      ) ORDER BY c."remindAt", c.id), '[]'::json) AS claims
      FROM claimed c JOIN due ON due.activity = c."activityId"`;
    const raw = rows[0]?.claims ?? [];
    const parsed = (typeof raw === 'string' ? JSON.parse(raw) : raw) as ClaimedRow[];
    return parsed.map((row) => ({
      deliveryId: row.id,
      kind,
      workspaceId: row.workspaceId,
      activityId: row.activityId,
      employeeId: row.employeeId,
      startAt: utc(row.startAt),
      remindAt: utc(row.remindAt),
      leadMinutes: row.leadMinutes ?? 0,
      attempts: row.attempts,
    }));
  }

  async markSent(deliveryId: number, sent: DeliverySent): Promise<void> {
    await this.finish(deliveryId, { status: sendableRows(), data: sentData(sent) });
  }

  async markDropped(deliveryId: number, owner: string, at: Date): Promise<void> {
    await this.finish(deliveryId, {
      status: 'CLAIMED',
      owner,
      data: { status: 'DROPPED', leaseUntil: null, updatedAt: at },
    });
  }

  async markSkipped(deliveryId: number, owner: string, at: Date): Promise<void> {
    await this.finish(deliveryId, {
      status: 'CLAIMED',
      owner,
      data: { status: 'SKIPPED', leaseUntil: null, updatedAt: at },
    });
  }

  /**
   * Marks the row and, in the same transaction, lets go of the activity's moment when it is
   * still the one this reminder was for, so the tick does not look at it again (a snooze or
   * a new start has set another moment meanwhile: that one stays).
   */
  private async finish(
    deliveryId: number,
    {
      status,
      owner,
      data,
    }: {
      /** The status the delivery must still have (and `owner` its claim, when given). */
      status: Prisma.ReminderDeliveryWhereInput['status'];
      owner?: string;
      data: Prisma.ReminderDeliveryUpdateManyMutationInput;
    },
  ): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const where: Prisma.ReminderDeliveryWhereInput = {
        id: deliveryId,
        status,
        ...(owner === undefined ? {} : { claimedBy: owner }),
      };
      const { count } = await tx.reminderDelivery.updateMany({ where, data });
      if (count === 0) return;
      // Raw, so the activity's "last changed" stays as its users left it.
      await tx.$executeRaw`
        UPDATE "Activity" a SET "remindAt" = NULL
        FROM "ReminderDelivery" d
        WHERE d.id = ${deliveryId} AND d.kind = 'BEFORE' AND a.id = d."activityId"
          AND a."responsibleId" = d."employeeId" AND a."startAt" = d."startAt" AND a."remindAt" = d."remindAt"`;
      await tx.$executeRaw`
        UPDATE "Activity" a SET "outcomeAskAt" = NULL
        FROM "ReminderDelivery" d
        WHERE d.id = ${deliveryId} AND d.kind = 'OUTCOME' AND a.id = d."activityId"
          AND a."responsibleId" = d."employeeId" AND a."startAt" = d."startAt" AND a."outcomeAskAt" = d."remindAt"`;
    });
  }

  async markFailed(failure: DeliveryFailure): Promise<void> {
    await this.prisma.reminderDelivery.updateMany(failedClaim(failure));
  }

  async release(deliveryIds: number[], owner: string, at: Date): Promise<void> {
    if (deliveryIds.length === 0) return;
    await this.prisma.reminderDelivery.updateMany(releasedClaims(deliveryIds, owner, at));
  }

  async sentFor(workspaceId: number, activityId: number): Promise<SentReminder[]> {
    const rows = await this.prisma.reminderDelivery.findMany({
      where: {
        workspaceId,
        activityId,
        kind: { in: ['BEFORE', 'OUTCOME'] },
        status: 'SENT',
        folded: false,
        channelId: { not: null },
        messageTs: { not: null },
      },
      orderBy: { id: 'desc' },
      select: { id: true, kind: true, employeeId: true, channelId: true, messageTs: true, startAt: true },
    });
    return rows.map((row) => ({
      deliveryId: row.id,
      kind: row.kind === 'OUTCOME' ? 'OUTCOME' : 'BEFORE',
      employeeId: row.employeeId,
      channelId: row.channelId ?? '',
      messageTs: row.messageTs ?? '',
      startAt: row.startAt,
    }));
  }

  async markHeld(deliveryId: number, hold: { owner: string; until: Date; at: Date }): Promise<void> {
    await this.finish(deliveryId, {
      status: 'CLAIMED',
      owner: hold.owner,
      data: { status: 'HELD', leaseUntil: hold.until, updatedAt: hold.at },
    });
  }

  async claimHeld(terms: ClaimTerms): Promise<HeldClaim[]> {
    const now = utcTimestamp(terms.now);
    // Whole recipients at a time, so what waits for one person goes in one message.
    const rows = await this.prisma.$queryRaw<
      {
        id: number;
        kind: NoticeItem['kind'];
        workspaceId: number;
        activityId: number;
        employeeId: number;
        startAt: Date;
        actorLabel: string | null;
      }[]
    >`
      WITH recipients AS (
        SELECT DISTINCT "employeeId" FROM "ReminderDelivery"
        WHERE status = 'HELD' AND "leaseUntil" <= ${now}
        LIMIT ${terms.limit}::int
      ), due AS (
        SELECT d.id FROM "ReminderDelivery" d
        WHERE d.status = 'HELD' AND d."leaseUntil" <= ${now}
          AND d."employeeId" IN (SELECT "employeeId" FROM recipients)
        FOR UPDATE SKIP LOCKED
      )
      UPDATE "ReminderDelivery" d
      SET status = 'CLAIMED', "claimedBy" = ${terms.owner}::text, "leaseUntil" = ${utcTimestamp(terms.leaseUntil)},
          attempts = d.attempts + 1, "updatedAt" = ${now}
      FROM due WHERE d.id = due.id
      RETURNING d.id, d.kind::text AS kind, d."workspaceId", d."activityId", d."employeeId", d."startAt",
        d."actorLabel"`;
    return rows
      .map((row) => ({
        deliveryId: row.id,
        kind: row.kind,
        workspaceId: row.workspaceId,
        activityId: row.activityId,
        employeeId: row.employeeId,
        startAt: new Date(row.startAt),
        actorLabel: row.actorLabel,
      }))
      .sort((a, b) => a.employeeId - b.employeeId || a.deliveryId - b.deliveryId);
  }

  async markHeldSent(
    deliveryIds: number[],
    sent: { channelId: string; messageTs: string; at: Date; folded: boolean },
  ): Promise<void> {
    if (deliveryIds.length === 0) return;
    await this.prisma.reminderDelivery.updateMany({
      where: { id: { in: deliveryIds }, status: 'CLAIMED' },
      data: {
        status: 'SENT',
        channelId: sent.channelId,
        messageTs: sent.messageTs,
        sentAt: sent.at,
        folded: sent.folded,
        leaseUntil: null,
        error: null,
        updatedAt: sent.at,
      },
    });
  }

  async markHeldSkipped(deliveryIds: number[], owner: string, at: Date): Promise<void> {
    if (deliveryIds.length === 0) return;
    await this.prisma.reminderDelivery.updateMany({
      where: { id: { in: deliveryIds }, status: 'CLAIMED', claimedBy: owner },
      data: { status: 'SKIPPED', leaseUntil: null, updatedAt: at },
    });
  }

  async holdAgain(
    deliveryIds: number[],
    retry: { owner: string; until: Date; error: string; maxAttempts: number },
  ): Promise<void> {
    if (deliveryIds.length === 0) return;
    const where = { id: { in: deliveryIds }, status: 'CLAIMED' as const, claimedBy: retry.owner };
    await this.prisma.reminderDelivery.updateMany({
      where: { ...where, attempts: { gte: retry.maxAttempts } },
      data: { status: 'FAILED', leaseUntil: null, error: retry.error },
    });
    await this.prisma.reminderDelivery.updateMany({
      where,
      data: { status: 'HELD', leaseUntil: retry.until, error: retry.error },
    });
  }

  async hold(notices: (AssignmentNotice & { until: Date })[]): Promise<void> {
    if (notices.length === 0) return;
    await this.prisma.reminderDelivery.createMany({
      data: notices.map((notice) => ({
        ...this.assignmentRow(notice),
        status: 'HELD',
        leaseUntil: notice.until,
      })),
      skipDuplicates: true,
    });
  }

  async openFold(employeeId: number, since: Date): Promise<OpenFold | null> {
    // One statement: the recipient's latest assignment message, whether its first item
    // is an assignment "within two minutes" (a fold does not stay open for ever), and
    // its items. On the plain path, prepared once per connection (its text never changes).
    const statement = Prisma.sql`
      WITH latest AS (
        SELECT "channelId", "messageTs" FROM "ReminderDelivery"
        WHERE "employeeId" = ${employeeId}::int AND kind = 'ASSIGNED' AND status = 'SENT'
          AND "sentAt" >= ${utcTimestamp(since)} AND "messageTs" IS NOT NULL
        ORDER BY id DESC LIMIT 1
      ), first AS (
        SELECT d.kind, d."sentAt" FROM "ReminderDelivery" d
        JOIN latest l ON d."channelId" = l."channelId" AND d."messageTs" = l."messageTs"
        ORDER BY d.id LIMIT 1
      )
      SELECT d."channelId", d."messageTs", d.kind::text AS kind, d."activityId", d."startAt", d."actorLabel"
      FROM "ReminderDelivery" d
      JOIN latest l ON d."channelId" = l."channelId" AND d."messageTs" = l."messageTs"
      WHERE d.status = 'SENT'
        AND EXISTS (SELECT 1 FROM first WHERE first.kind = 'ASSIGNED' AND first."sentAt" >= ${utcTimestamp(since)})
      ORDER BY d.id`;
    const rows = await this.plain.query<{
      channelId: string;
      messageTs: string;
      kind: NoticeItem['kind'];
      activityId: number;
      startAt: Date;
      actorLabel: string | null;
    }>(prepared('assignment_open_fold', statement));
    const [head] = rows;
    if (!head) return null;
    return {
      channelId: head.channelId,
      messageTs: head.messageTs,
      items: rows.map((row) => ({
        kind: row.kind,
        activityId: row.activityId,
        startAt: new Date(row.startAt),
        actorLabel: row.actorLabel,
      })),
    };
  }

  /**
   * The assignments of one draw as sent (each message's items with where it went), and,
   * when some joined a message that held one item, that item marked folded too: one
   * statement (the update does not see the rows the insert adds, which come folded
   * already), so no transaction. A notice recorded already (the same activity, recipient
   * and moment) is left as it is.
   */
  async recordSent(messages: SentAssignments[]): Promise<void> {
    const rows = JSON.stringify(
      messages.flatMap(({ notices, sent }) =>
        notices.map((notice) => ({
          workspaceId: notice.workspaceId,
          activityId: notice.activityId,
          employeeId: notice.employeeId,
          startAt: notice.startAt.toISOString(),
          at: notice.at.toISOString(),
          actorLabel: notice.actorLabel,
          channelId: sent.channelId,
          messageTs: sent.messageTs,
          folded: sent.folded,
        })),
      ),
    );
    if (rows === '[]') return;
    const insert = Prisma.sql`
      INSERT INTO "ReminderDelivery" ("workspaceId", "activityId", "employeeId", kind, "startAt", "remindAt",
        status, attempts, "channelId", "messageTs", "sentAt", "actorLabel", folded, "createdAt", "updatedAt")
      SELECT r."workspaceId", r."activityId", r."employeeId", 'ASSIGNED', r."startAt" AT TIME ZONE 'UTC',
        r."at" AT TIME ZONE 'UTC', 'SENT', 0, r."channelId", r."messageTs", r."at" AT TIME ZONE 'UTC',
        r."actorLabel", r.folded, r."at" AT TIME ZONE 'UTC', r."at" AT TIME ZONE 'UTC'
      FROM json_to_recordset(${rows}::json) AS r("workspaceId" int, "activityId" int, "employeeId" int,
        "startAt" timestamptz, "at" timestamptz, "actorLabel" text, "channelId" text, "messageTs" text,
        folded boolean)
      ON CONFLICT DO NOTHING`;
    // At most one message of a draw is an earlier one joined (the open one).
    const earlier = messages.find(({ sent }) => sent.foldEarlier);
    // On the plain path, each of the two texts prepared once per connection.
    if (!earlier) {
      await this.plain.query(prepared('assignment_record_sent', insert));
      return;
    }
    const folding = Prisma.sql`
      WITH inserted AS (${insert} RETURNING id)
      UPDATE "ReminderDelivery" SET folded = true, "updatedAt" = ${utcTimestamp(earlier.at)}
      WHERE "channelId" = ${earlier.sent.channelId} AND "messageTs" = ${earlier.sent.messageTs} AND NOT folded`;
    await this.plain.query(prepared('assignment_record_sent_folding', folding));
  }

  async itemsAt(channelId: string, messageTs: string): Promise<NoticeItem[]> {
    const rows = await this.prisma.reminderDelivery.findMany({
      where: { channelId, messageTs, status: 'SENT' },
      orderBy: { id: 'asc' },
      select: { kind: true, activityId: true, startAt: true, actorLabel: true },
    });
    return rows;
  }

  private assignmentRow(notice: AssignmentNotice) {
    return {
      workspaceId: notice.workspaceId,
      activityId: notice.activityId,
      employeeId: notice.employeeId,
      kind: 'ASSIGNED' as const,
      startAt: notice.startAt,
      remindAt: notice.at,
      actorLabel: notice.actorLabel,
      attempts: 0,
      createdAt: notice.at,
      updatedAt: notice.at,
    };
  }

  async remindAgainAt(workspaceId: number, activityId: number, at: Date): Promise<boolean> {
    // Raw, so the activity's "last changed" and version stay: a snooze of its reminder is no edit.
    const count = await this.prisma.$executeRaw`
      UPDATE "Activity" SET "remindAt" = ${utcTimestamp(at)}
      WHERE id = ${activityId} AND "workspaceId" = ${workspaceId} AND "deletedAt" IS NULL AND status <> 'DONE'`;
    return count > 0;
  }

  async askOutcomeAgainAt(workspaceId: number, activityId: number, at: Date): Promise<boolean> {
    const count = await this.prisma.$executeRaw`
      UPDATE "Activity" SET "outcomeAskAt" = ${utcTimestamp(at)}, "outcomePostponed" = true
      WHERE id = ${activityId} AND "workspaceId" = ${workspaceId} AND "deletedAt" IS NULL
        AND status <> 'DONE' AND NOT "outcomePostponed"`;
    return count > 0;
  }
}
