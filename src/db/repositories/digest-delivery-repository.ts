import type { ClaimTerms, DeliveryFailure, DeliverySent } from '../../domain/deliveries/delivery-run';
import type {
  ClaimBatch,
  DigestClaim,
  DigestClaims,
  DigestDeliveries,
} from '../../domain/digests/digest-ports';
import type { DueWindow, Zone } from '../../domain/digests/due-window';
import { CATCH_UP_UNTIL_HOUR } from '../../domain/digests/due-window';
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { CoalescedWrites } from './coalesced-writes';
import { failedClaim, releasedClaims } from './delivery-leases';
import { utcText } from './utc-text';

/** An instant as the timestamp(3)-without-zone columns Prisma writes hold it: UTC. */
export function utcTimestamp(at: Date): Prisma.Sql {
  return Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}

/** The due windows as a table the claim joins on (JSON: one parameter, same on both drivers). */
function windowsTable(windows: DueWindow[]): Prisma.Sql {
  const rows = windows.map((w) => ({
    timezone: w.timezone,
    country: w.holidayCountry,
    local_date: w.localDate,
    hour: w.hour,
    dow: w.isoWeekday,
  }));
  return Prisma.sql`json_to_recordset(${JSON.stringify(rows)}::json)
    AS w(timezone text, country text, local_date date, hour int, dow int)`;
}

/** A (recipient, date) row nobody may take now: delivered, skipped, held under a live lease, or out of tries. */
function takenRow(alias: string, terms: ClaimTerms): Prisma.Sql {
  const d = Prisma.raw(alias);
  return Prisma.sql`NOT (${d}.status IN ('CLAIMED', 'FAILED') AND ${d}."leaseUntil" <= ${utcTimestamp(terms.now)}
    AND ${d}.attempts < ${terms.maxAttempts}::int)`;
}

/**
 * Who a kind of digest goes to: employees in their own time zone, teams (with a
 * channel) in their workspace's. Both rows carry "digestHour" and "digestDays".
 */
interface RecipientSource {
  table: Prisma.Sql;
  timezone: Prisma.Sql;
  eligible: Prisma.Sql;
  /** DigestDelivery's column naming the recipient. */
  column: Prisma.Sql;
  kind: Prisma.Sql;
}

const PERSONAL: RecipientSource = {
  table: Prisma.raw('"Employee"'),
  timezone: Prisma.raw('r.timezone'),
  eligible: Prisma.raw(
    'r."digestEnabled" AND NOT r."isBot" AND NOT r."isDeleted" AND NOT r."isForeign" AND NOT r."isRestricted"',
  ),
  column: Prisma.raw('"employeeId"'),
  kind: Prisma.raw(`'PERSONAL'::"DigestKind"`),
};

const TEAMS: RecipientSource = {
  table: Prisma.raw('"Team"'),
  timezone: Prisma.raw('ws."defaultTimezone"'),
  eligible: Prisma.raw('r."channelId" IS NOT NULL'),
  column: Prisma.raw('"teamId"'),
  kind: Prisma.raw(`'TEAM'::"DigestKind"`),
};

interface ClaimRow {
  selected: number | bigint;
  claims: unknown;
}

interface ClaimedJson {
  id: number;
  workspaceId: number;
  recipientId: number;
  localDate: string;
  attempts: number;
}

function toBatch(rows: ClaimRow[]): ClaimBatch {
  const row = rows[0];
  if (!row) return { selected: 0, claims: [] };
  const raw = typeof row.claims === 'string' ? JSON.parse(row.claims) : row.claims;
  const claims: DigestClaim[] = (raw as ClaimedJson[]).map((c) => ({
    deliveryId: c.id,
    workspaceId: c.workspaceId,
    recipientId: c.recipientId,
    localDate: c.localDate,
    attempts: c.attempts,
  }));
  return { selected: Number(row.selected), claims };
}

/**
 * Claims and marks DigestDelivery rows. A claim is one statement: pick due
 * recipients (skipping rows another process is claiming this instant), then insert
 * CLAIMED rows or take over those whose lease ran out or that failed earlier — the
 * unique (recipient, localDate) index and ON CONFLICT … WHERE make it happen at most
 * once per (recipient, date) however many replicas run it together.
 */
export class DigestDeliveryRepository implements DigestDeliveries, DigestClaims {
  constructor(private readonly prisma: PrismaClient) {}

  /** Time zones and holiday countries of everyone who may get a personal digest. */
  employeeZones(): Promise<Zone[]> {
    return this.prisma.$queryRaw<Zone[]>`
      SELECT DISTINCT e.timezone, ws."holidayCountry"
      FROM "Employee" e JOIN "Workspace" ws ON ws.id = e."workspaceId"
      WHERE e."digestEnabled" AND NOT e."isBot" AND NOT e."isDeleted"
        AND NOT e."isForeign" AND NOT e."isRestricted"`;
  }

  /** Team digests go by the workspace's time zone. */
  teamZones(): Promise<Zone[]> {
    return this.prisma.$queryRaw<Zone[]>`
      SELECT DISTINCT ws."defaultTimezone" AS timezone, ws."holidayCountry"
      FROM "Team" t JOIN "Workspace" ws ON ws.id = t."workspaceId"
      WHERE t."channelId" IS NOT NULL`;
  }

  claimPersonal(windows: DueWindow[], terms: ClaimTerms): Promise<ClaimBatch> {
    return this.claim(PERSONAL, windows, terms);
  }

  claimTeams(windows: DueWindow[], terms: ClaimTerms): Promise<ClaimBatch> {
    return this.claim(TEAMS, windows, terms);
  }

  private async claim(source: RecipientSource, windows: DueWindow[], terms: ClaimTerms): Promise<ClaimBatch> {
    if (windows.length === 0) return { selected: 0, claims: [] };
    const now = utcTimestamp(terms.now);
    const rows = await this.prisma.$queryRaw<ClaimRow[]>`
      WITH candidates AS (
        SELECT r.id AS recipient, r."workspaceId" AS workspace, w.local_date,
          row_number() OVER (PARTITION BY r."workspaceId" ORDER BY r.id, w.local_date) AS turn
        FROM ${source.table} r
        JOIN "Workspace" ws ON ws.id = r."workspaceId"
        JOIN ${windowsTable(windows)}
          ON w.timezone = ${source.timezone} AND w.country IS NOT DISTINCT FROM ws."holidayCountry"
        WHERE ${source.eligible}
          -- An uninstalled workspace gets nothing from the moment it is uninstalled.
          AND ws."uninstalledAt" IS NULL
          AND w.hour >= r."digestHour" AND (w.hour < ${CATCH_UP_UNTIL_HOUR}::int OR w.hour = r."digestHour")
          AND w.dow = ANY (r."digestDays")
          AND NOT EXISTS (
            SELECT 1 FROM "DigestDelivery" d
            WHERE d.${source.column} = r.id AND d."localDate" = w.local_date AND ${takenRow('d', terms)})
      ), due AS (
        -- Workspaces take turns within a batch (each one's first recipient, then each one's
        -- second …): a large workspace cannot keep a small one's digests waiting behind its own.
        SELECT c.recipient, c.workspace, c.local_date
        FROM candidates c JOIN ${source.table} r ON r.id = c.recipient
        ORDER BY c.turn, c.workspace
        LIMIT ${terms.limit}::int
        FOR NO KEY UPDATE OF r SKIP LOCKED
      ), claimed AS (
        INSERT INTO "DigestDelivery" AS d
          ("workspaceId", kind, ${source.column}, "localDate", status, "claimedBy", "leaseUntil", attempts, "createdAt", "updatedAt")
        SELECT workspace, ${source.kind}, recipient, local_date, 'CLAIMED'::"DigestStatus",
          ${terms.owner}::text, ${utcTimestamp(terms.leaseUntil)}, 1, ${now}, ${now}
        FROM due
        ON CONFLICT (${source.column}, "localDate") DO UPDATE
          SET status = 'CLAIMED', "claimedBy" = EXCLUDED."claimedBy", "leaseUntil" = EXCLUDED."leaseUntil",
              attempts = d.attempts + 1, "updatedAt" = EXCLUDED."updatedAt"
          WHERE NOT ${takenRow('d', terms)}
        RETURNING d.id, d."workspaceId", d.${source.column} AS "recipientId",
          to_char(d."localDate", 'YYYY-MM-DD') AS "localDate", d.attempts
      )
      SELECT (SELECT count(*) FROM due)::int AS selected,
        COALESCE((SELECT json_agg(claimed) FROM claimed), '[]'::json) AS claims`;
    return toBatch(rows);
  }

  /**
   * Marked sent right after Slack's answer; marks made while one is being written go
   * together in the next statement (many workspaces post side by side).
   */
  markSent(deliveryId: number, sent: DeliverySent): Promise<void> {
    return this.sentMarks.add({ deliveryId, sent });
  }

  private readonly sentMarks = new CoalescedWrites<{ deliveryId: number; sent: DeliverySent }>(
    async (marks) => {
      await this.prisma.$executeRaw`
        UPDATE "DigestDelivery" AS d
        SET status = 'SENT'::"DigestStatus", "channelId" = m.channel, "messageTs" = m.ts,
            "sentAt" = m.at, "leaseUntil" = NULL, error = NULL, "updatedAt" = m.at
        FROM unnest(${marks.map((mark) => mark.deliveryId)}::int[],
                    ${marks.map((mark) => mark.sent.channelId)}::text[],
                    ${marks.map((mark) => mark.sent.messageTs)}::text[],
                    ${marks.map((mark) => utcText(mark.sent.at))}::timestamp(3)[]) AS m(id, channel, ts, at)
        -- As sendableRows(): the message is out, whoever holds the row now.
        WHERE d.id = m.id AND d.status IN ('CLAIMED', 'FAILED')`;
    },
  );

  async markSkipped(deliveryId: number, owner: string, at: Date): Promise<void> {
    await this.prisma.digestDelivery.updateMany({
      where: { id: deliveryId, status: 'CLAIMED', claimedBy: owner },
      data: { status: 'SKIPPED', leaseUntil: null, error: null, updatedAt: at },
    });
  }

  async markFailed(failure: DeliveryFailure): Promise<void> {
    await this.prisma.digestDelivery.updateMany(failedClaim(failure));
  }

  async release(deliveryIds: number[], owner: string, at: Date): Promise<void> {
    if (deliveryIds.length === 0) return;
    await this.prisma.digestDelivery.updateMany(releasedClaims(deliveryIds, owner, at));
  }
}
