import type { ActivityType } from '../../domain/activity-types/activity-type';
import type {
  ActivityTypeAdministration,
  ActivityTypeChangeSet,
  ActivityTypeFields,
} from '../../domain/activity-types/activity-type-ports';
import type { AuditEntry } from '../../domain/audit';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { auditRow } from './audit-row';

// Any constant works as long as nothing else takes advisory locks in this class.
const TYPE_ADMIN_LOCK_CLASS = 'touchbase.activity_type_admin';

const ADMIN_ORDER = [
  { position: 'asc' },
  { id: 'asc' },
] satisfies Prisma.ActivityTypeOrderByWithRelationInput[];

/** The writes behind activity type administration (reads for choosing a type live in ActivityTypeRepository). */
export class ActivityTypeAdminRepository implements ActivityTypeAdministration {
  constructor(private readonly prisma: PrismaClient) {}

  listAll(workspaceId: number): Promise<ActivityType[]> {
    return this.prisma.activityType.findMany({ where: { workspaceId }, orderBy: ADMIN_ORDER });
  }

  /**
   * Runs `work` in one transaction holding the workspace's type-admin lock, so two admins
   * adding, renaming or reordering at once each see the other's result (unique names, dense positions).
   */
  change<T>(workspaceId: number, work: (types: ActivityTypeChangeSet) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${TYPE_ADMIN_LOCK_CLASS}), ${workspaceId}::int)`;
      return work(new LockedActivityTypes(tx, workspaceId));
    });
  }
}

class LockedActivityTypes implements ActivityTypeChangeSet {
  constructor(
    private readonly tx: Prisma.TransactionClient,
    private readonly workspaceId: number,
  ) {}

  listAll(): Promise<ActivityType[]> {
    return this.tx.activityType.findMany({ where: { workspaceId: this.workspaceId }, orderBy: ADMIN_ORDER });
  }

  create(data: { nameEn: string; nameSv: string; position: number }): Promise<ActivityType> {
    return this.tx.activityType.create({ data: { workspaceId: this.workspaceId, ...data } });
  }

  update(id: number, fields: ActivityTypeFields): Promise<ActivityType> {
    return this.tx.activityType.update({ where: { id, workspaceId: this.workspaceId }, data: fields });
  }

  async setPositions(positions: { id: number; position: number }[]): Promise<void> {
    for (const { id, position } of positions) {
      await this.tx.activityType.update({ where: { id, workspaceId: this.workspaceId }, data: { position } });
    }
  }

  async audit(entry: AuditEntry): Promise<void> {
    await this.tx.auditLog.create({ data: auditRow(this.workspaceId, 'activity_type', entry) });
  }
}
