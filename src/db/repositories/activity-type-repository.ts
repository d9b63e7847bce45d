import type { ActivityTypeCatalog } from '../../domain/activities/activity-ports';
import type { ActivityType } from '../../domain/activity-types/activity-type';
import type { PrismaClient } from '../../generated/prisma/client';

/** Reads of a workspace's activity types (product §3.5); the admin helper owns their changes. */
export class ActivityTypeRepository implements ActivityTypeCatalog {
  constructor(private readonly prisma: PrismaClient) {}

  /** The types users may choose, in the order admins gave them. */
  listActive(workspaceId: number): Promise<ActivityType[]> {
    return this.prisma.activityType.findMany({
      where: { workspaceId, archived: false },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    });
  }

  findById(workspaceId: number, id: number): Promise<ActivityType | null> {
    return this.prisma.activityType.findFirst({ where: { id, workspaceId } });
  }

  findByKey(workspaceId: number, key: string): Promise<ActivityType | null> {
    return this.prisma.activityType.findUnique({ where: { workspaceId_key: { workspaceId, key } } });
  }
}
