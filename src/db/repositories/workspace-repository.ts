import type { GuestPolicy } from '../../domain/access/standing';
import type { DefaultPlanStep } from '../../domain/plans/default-plan';
import type { Workspace } from '../../domain/workspaces/workspace';
import type { NewActivityType, NewWorkspace, Workspaces } from '../../domain/workspaces/workspace-ports';
import {
  changedSettings,
  settingsOf,
  type WorkspaceSettings,
  type WorkspaceSettingsField,
} from '../../domain/workspaces/workspace-settings';
import type { PlanResponsibleKind, Prisma, PrismaClient } from '../../generated/prisma/client';

export class WorkspaceRepository implements Workspaces {
  constructor(private readonly prisma: PrismaClient) {}

  findBySlackTeamId(slackTeamId: string): Promise<Workspace | null> {
    return this.prisma.workspace.findUnique({ where: { slackTeamId } });
  }

  findById(id: number): Promise<Workspace | null> {
    return this.prisma.workspace.findUnique({ where: { id } });
  }

  /**
   * Creates the workspace with its starting activity types in one transaction; when
   * another replica created it first, returns that one unchanged.
   */
  async createWithTypes(
    data: NewWorkspace,
    types: NewActivityType[],
    plan?: { name: string; steps: DefaultPlanStep[] },
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
            reminderLeadMinutes: type.reminderLeadMinutes,
            askOutcome: type.askOutcome,
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
        if (plan) await createPlan(tx, { workspaceId: workspace.id, plan, idByKey });
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

  setEnterprise(id: number, enterpriseId: string): Promise<Workspace> {
    return this.prisma.workspace.update({ where: { id }, data: { enterpriseId } });
  }

  inService(enterpriseIds: string[]): Promise<Workspace[]> {
    if (enterpriseIds.length === 0) return Promise.resolve([]);
    return this.prisma.workspace.findMany({
      where: { enterpriseId: { in: enterpriseIds }, uninstalledAt: null },
      orderBy: { slackTeamId: 'asc' },
    });
  }

  ofEnterprise(enterpriseId: string): Promise<Workspace[]> {
    return this.prisma.workspace.findMany({ where: { enterpriseId }, orderBy: { slackTeamId: 'asc' } });
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

  /** Read from the database each time: an admin's change on another replica counts at once. */
  async settings(id: number): Promise<WorkspaceSettings> {
    return settingsOf(await this.prisma.workspace.findUniqueOrThrow({ where: { id } }));
  }

  /**
   * Stores the settings and audits what changed (from and to) in one transaction, the row
   * locked so two admins saving at once each record what they replaced. Returns the changed
   * fields; none, and nothing written, when all were as stored.
   */
  updateSettings(
    id: number,
    next: WorkspaceSettings,
    by: { actorId: number; at: Date },
  ): Promise<WorkspaceSettingsField[]> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${id}::int FOR UPDATE`;
      const before = settingsOf(await tx.workspace.findUniqueOrThrow({ where: { id } }));
      const changed = changedSettings(before, next);
      if (changed.length === 0) return changed;
      await tx.workspace.update({
        where: { id },
        data: {
          defaultLocale: next.locale,
          defaultTimezone: next.timezone,
          holidayCountry: next.holidayCountry,
          workDayStartMinute: next.workDayStartMinute,
          workDayEndMinute: next.workDayEndMinute,
          workDays: next.workDays,
        },
      });
      const pick = (settings: WorkspaceSettings) =>
        Object.fromEntries(changed.map((field) => [field, settings[field]])) as Prisma.InputJsonObject;
      await tx.auditLog.create({
        data: {
          workspaceId: id,
          actorId: by.actorId,
          action: 'workspace.settings_changed',
          targetType: 'workspace',
          targetId: String(id),
          details: { changed, from: pick(before), to: pick(next) },
          createdAt: by.at,
        },
      });
      return changed;
    });
  }
}

const KIND: Record<DefaultPlanStep['responsibleKind'], PlanResponsibleKind> = {
  launcher: 'LAUNCHER',
  usual: 'USUAL',
  named: 'NAMED',
};

/** A starting plan (product §3.7), its steps' types found by key; a step whose type is missing is left out. */
async function createPlan(
  tx: Prisma.TransactionClient,
  {
    workspaceId,
    plan,
    idByKey,
  }: {
    workspaceId: number;
    plan: { name: string; steps: DefaultPlanStep[] };
    idByKey: Map<string | null, number>;
  },
): Promise<void> {
  const steps = plan.steps.filter((step) => idByKey.has(step.typeKey));
  if (steps.length === 0) return;
  await tx.activityPlan.create({
    data: {
      workspaceId,
      name: plan.name,
      steps: {
        create: steps.map((step, index) => ({
          position: index + 1,
          typeId: idByKey.get(step.typeKey)!,
          subject: step.subject,
          offsetDays: step.offsetDays,
          responsibleKind: KIND[step.responsibleKind],
        })),
      },
    },
  });
}
