import type { GuestPolicy } from '../../domain/access/standing';
import type { PrismaClient, Workspace } from '../../generated/prisma/client';

export interface NewActivityType {
  key: string;
  nameEn: string;
  nameSv: string;
  position: number;
  defaultDueDays: number | null;
  followUpKey: string | null;
}

export class WorkspaceRepository {
  constructor(private readonly prisma: PrismaClient) {}

  findBySlackTeamId(slackTeamId: string): Promise<Workspace | null> {
    return this.prisma.workspace.findUnique({ where: { slackTeamId } });
  }

  /**
   * Creates the workspace with its starting activity types in one transaction; when
   * another replica created it first, returns that one unchanged.
   */
  async createWithTypes(
    data: {
      slackTeamId: string;
      name: string;
      defaultLocale: string;
      defaultTimezone: string;
      holidayCountry: string | null;
    },
    types: NewActivityType[],
  ): Promise<Workspace> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        const workspace = await tx.workspace.create({ data });
        await tx.activityType.createMany({
          data: types.map((type) => ({
            workspaceId: workspace.id,
            key: type.key,
            nameEn: type.nameEn,
            nameSv: type.nameSv,
            position: type.position,
            defaultDueDays: type.defaultDueDays,
          })),
        });
        const created = await tx.activityType.findMany({ where: { workspaceId: workspace.id } });
        const idByKey = new Map(created.map((type) => [type.key, type.id]));
        for (const type of types) {
          if (type.followUpKey === null) continue;
          await tx.activityType.update({
            where: { id: idByKey.get(type.key)! },
            data: { followUpTypeId: idByKey.get(type.followUpKey) ?? null },
          });
        }
        return workspace;
      });
    } catch (error) {
      const existing = await this.findBySlackTeamId(data.slackTeamId);
      if (existing) return existing;
      throw error;
    }
  }

  updateName(id: number, name: string): Promise<Workspace> {
    return this.prisma.workspace.update({ where: { id }, data: { name } });
  }

  /** Read from the database each time: a change made on another replica counts at once. */
  async guestPolicy(id: number): Promise<GuestPolicy> {
    const row = await this.prisma.workspace.findUniqueOrThrow({
      where: { id },
      select: { admitMultiChannelGuests: true },
    });
    return { admitMultiChannelGuests: row.admitMultiChannelGuests };
  }

  /** Changes the setting and audits it in one transaction; false (nothing written) when it already was so. */
  setGuestPolicy(id: number, policy: GuestPolicy, by: { actorId: number; at: Date }): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.workspace.updateMany({
        where: { id, admitMultiChannelGuests: !policy.admitMultiChannelGuests },
        data: { admitMultiChannelGuests: policy.admitMultiChannelGuests },
      });
      if (count === 0) return false;
      await tx.auditLog.create({
        data: {
          workspaceId: id,
          actorId: by.actorId,
          action: 'workspace.guest_access_changed',
          targetType: 'workspace',
          targetId: String(id),
          details: { admitMultiChannelGuests: policy.admitMultiChannelGuests },
          createdAt: by.at,
        },
      });
      return true;
    });
  }
}
