import type { VisibilityRule } from '../../domain/activities/activity-visibility';
import type { PersonWithOrganization } from '../../domain/contacts/contact';
import type {
  ErasureCounts,
  ExportAudit,
  PersonActivityRecord,
  PersonFound,
  PrivacyAuditEntry,
  PrivacyRecords,
} from '../../domain/privacy/privacy-ports';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { visibilityWhere } from './visibility-filter';

const ERASED = '[erased]';
/** Shorter values ("Bo") are only redacted where they are the whole value, never as a substring. */
const MIN_TRACE = 5;

const employeeRef = { select: { slackUserId: true, name: true } } as const;

/** Everything stored about one person, and its erasure. The only place privacy work touches SQL. */
export class PrivacyRepository implements PrivacyRecords {
  constructor(private readonly prisma: PrismaClient) {}

  /** Persons by name, e-mail, phone or external id, archived ones too (an erasure request may be for anyone). */
  findPersons(workspaceId: number, text: string, limit: number): Promise<PersonFound[]> {
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.prisma.$queryRaw<PersonFound[]>`
      SELECT p.id, p.name, p.email, o.name AS "organizationName", p.archived
      FROM "Person" p LEFT JOIN "Organization" o ON o.id = p."organizationId"
      WHERE p."workspaceId" = ${workspaceId}::int
        AND (${text} = '' OR p."searchText" LIKE lower(unaccent(${pattern})))
      ORDER BY p.archived, p.name, p.id
      LIMIT ${limit}::int`;
  }

  findPerson(workspaceId: number, id: number): Promise<PersonWithOrganization | null> {
    return this.prisma.person.findFirst({ where: { workspaceId, id }, include: { organization: true } });
  }

  activitiesOf(rule: VisibilityRule, personId: number): Promise<PersonActivityRecord[]> {
    return this.prisma.activity.findMany({
      where: { AND: [visibilityWhere(rule), { personId }] },
      orderBy: [{ startAt: 'asc' }, { id: 'asc' }],
      include: {
        type: { select: { nameEn: true, nameSv: true } },
        organization: { select: { id: true, name: true } },
        responsible: employeeRef,
        creator: employeeRef,
        events: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], include: { actor: employeeRef } },
      },
    });
  }

  async counts(
    rule: VisibilityRule,
    personId: number,
  ): Promise<{ activities: number; historyEntries: number }> {
    const where: Prisma.ActivityWhereInput = { AND: [visibilityWhere(rule), { personId }] };
    const [activities, historyEntries] = await Promise.all([
      this.prisma.activity.count({ where }),
      this.prisma.activityEvent.count({ where: { activity: where } }),
    ]);
    return { activities, historyEntries };
  }

  /**
   * Records that an admin exported a person's data (ids and counts only), saying
   * that private and deleted activities went with it: the data subject's right of
   * access covers them, so an export is the one act that shows them to an admin.
   */
  async auditExport({ workspaceId, personId, counts, audit }: ExportAudit) {
    await this.prisma.auditLog.create({
      data: {
        workspaceId,
        ...audit,
        action: 'person.exported',
        targetType: 'person',
        targetId: String(personId),
        details: { ...counts, includesPrivateActivities: true, includesDeletedActivities: true },
      },
    });
  }

  /**
   * One transaction: the person's activities and their history, the person, what
   * else names them (history of other activities, stored API answers about them
   * or their activities), and an audit row with counts and ids only. Null when
   * the person does not exist.
   */
  erase(workspaceId: number, personId: number, audit: PrivacyAuditEntry): Promise<ErasureCounts | null> {
    return this.prisma.$transaction(async (tx) => {
      const person = await tx.person.findFirst({ where: { workspaceId, id: personId } });
      if (!person) return null;
      const activityIds = (
        await tx.activity.findMany({ where: { workspaceId, personId }, select: { id: true } })
      ).map((a) => a.id);
      // Answers are linked by id when stored: one about an activity moved to someone else
      // since still names this person (personId), one about their activity may name them.
      const answers = await tx.idempotencyKey.deleteMany({
        where: { workspaceId, OR: [{ personId }, { activityId: { in: activityIds } }] },
      });
      const history = await tx.activityEvent.deleteMany({ where: { activityId: { in: activityIds } } });
      const activities = await tx.activity.deleteMany({ where: { id: { in: activityIds } } });
      const traces = [person.name, person.email, person.phone, person.externalId].filter(
        (value): value is string => Boolean(value),
      );
      const redacted = await redactHistory(tx, workspaceId, traces);
      // The person's tombstone (for the API's person feed, written as the row goes) keeps
      // only our id: the external id is let go first.
      if (person.externalId) await tx.person.update({ where: { id: person.id }, data: { externalId: null } });
      await tx.person.delete({ where: { id: person.id } });
      const counts: ErasureCounts = {
        activities: activities.count,
        historyEntries: history.count,
        redactedHistoryEntries: redacted,
        storedApiAnswers: answers.count,
      };
      await tx.auditLog.create({
        data: {
          workspaceId,
          ...audit,
          action: 'person.erased',
          targetType: 'person',
          targetId: String(personId),
          details: { ...counts, activityIds } as unknown as Prisma.InputJsonObject,
        },
      });
      return counts;
    });
  }
}

type Tx = Pick<PrismaClient, '$queryRaw' | '$executeRaw' | 'activityEvent'>;

/** `LIKE` patterns for the values, with LIKE's own characters taken literally. */
function likePatterns(values: string[]): string {
  return JSON.stringify(
    values.map((value) => `%${value.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
  );
}

/**
 * History shows values as users saw them ("person: Anna → Bertil"): entries of other
 * activities that name the person keep their shape with the value replaced.
 */
async function redactHistory(tx: Tx, workspaceId: number, traces: string[]): Promise<number> {
  if (traces.length === 0) return 0;
  const rows = await tx.$queryRaw<{ id: number; changes: unknown }[]>`
    SELECT id, changes FROM "ActivityEvent"
    WHERE "workspaceId" = ${workspaceId}::int
      AND lower(changes::text) LIKE ANY (SELECT json_array_elements_text(${likePatterns(traces)}::json))`;
  for (const row of rows) {
    await tx.activityEvent.update({
      where: { id: row.id },
      data: { changes: redact(row.changes, traces) as Prisma.InputJsonValue },
    });
  }
  return rows.length;
}

function redact(value: unknown, traces: string[]): unknown {
  if (typeof value === 'string') {
    const lower = value.trim().toLowerCase();
    const names = (trace: string) =>
      lower === trace.toLowerCase() || (trace.length >= MIN_TRACE && lower.includes(trace.toLowerCase()));
    return traces.some(names) ? ERASED : value;
  }
  if (Array.isArray(value)) return value.map((item) => redact(item, traces));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redact(item, traces)]));
  return value;
}
