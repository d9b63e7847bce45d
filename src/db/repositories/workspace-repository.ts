import type { PrismaClient, Workspace } from '../../generated/prisma/client';

export interface NewActivityType {
  key: string;
  name: string;
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
            name: type.name,
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
}
