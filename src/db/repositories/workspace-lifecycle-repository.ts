import type {
  Uninstall,
  UninstalledWorkspace,
  WorkspaceLifecycle,
} from '../../domain/installations/installation-ports';
import type { PrismaClient } from '../../generated/prisma/client';

/** Tables holding a workspace's rows, counted for the erasure record. */
const TABLES = [
  'Employee',
  'Organization',
  'Person',
  'ActivityType',
  'Activity',
  'ActivityEvent',
  'ActivityTombstone',
  'PersonTombstone',
  'Team',
  'DigestDelivery',
  'ApiToken',
  'IdempotencyKey',
  'AuditLog',
  'ImportJob',
  'ReminderDelivery',
  'ActivityPlan',
] as const;

export class WorkspaceLifecycleRepository implements WorkspaceLifecycle {
  constructor(private readonly prisma: PrismaClient) {}

  async markUninstalled(input: Uninstall): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const workspace = await tx.workspace.findUnique({ where: { slackTeamId: input.slackTeamId } });
      if (!workspace) return false;
      if (!workspace.uninstalledAt)
        await tx.workspace.update({ where: { id: workspace.id }, data: { uninstalledAt: input.at } });
      await tx.auditLog.create({
        data: {
          workspaceId: workspace.id,
          actorLabel: 'Slack',
          action: 'workspace.uninstalled',
          details: { reason: input.reason, eraseAfter: input.eraseAfter.toISOString() },
          createdAt: input.at,
        },
      });
      return true;
    });
  }

  async markReinstalled(slackTeamId: string): Promise<void> {
    await this.prisma.workspace.updateMany({ where: { slackTeamId }, data: { uninstalledAt: null } });
  }

  async registersOf(enterpriseId: string): Promise<string[]> {
    const rows = await this.prisma.workspace.findMany({
      where: { enterpriseId },
      select: { slackTeamId: true },
      orderBy: { slackTeamId: 'asc' },
    });
    return rows.map((row) => row.slackTeamId);
  }

  async removedFromTheirWorkspace(enterpriseId: string): Promise<string[]> {
    const rows = await this.prisma.workspace.findMany({
      where: { enterpriseId, uninstalledAt: { not: null } },
      select: { id: true, slackTeamId: true },
      orderBy: { slackTeamId: 'asc' },
    });
    if (rows.length === 0) return [];
    // Every uninstall audit of these registers in one read, newest first: the first seen per
    // register is its latest, whose reason says how it went out of service.
    const audits = await this.prisma.auditLog.findMany({
      where: { workspaceId: { in: rows.map((row) => row.id) }, action: 'workspace.uninstalled' },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { workspaceId: true, details: true },
    });
    const latestReason = new Map<number, unknown>();
    for (const audit of audits) {
      if (!latestReason.has(audit.workspaceId))
        latestReason.set(audit.workspaceId, (audit.details as { reason?: unknown } | null)?.reason);
    }
    return rows
      .filter((row) => latestReason.get(row.id) === 'team_access_revoked')
      .map((row) => row.slackTeamId);
  }

  async uninstalledBefore(before: Date): Promise<UninstalledWorkspace[]> {
    const rows = await this.prisma.workspace.findMany({
      where: { uninstalledAt: { lt: before } },
      select: { id: true, slackTeamId: true, uninstalledAt: true },
      orderBy: { uninstalledAt: 'asc' },
    });
    return rows.flatMap((row) => (row.uninstalledAt ? [{ ...row, uninstalledAt: row.uninstalledAt }] : []));
  }

  async erase(workspace: UninstalledWorkspace, at: Date): Promise<Record<string, number> | null> {
    return this.prisma.$transaction(async (tx) => {
      // Locked, and checked again: a reinstall a moment ago keeps everything.
      const still = await tx.$queryRaw<{ id: number }[]>`
        SELECT id FROM "Workspace" WHERE id = ${workspace.id} AND "uninstalledAt" IS NOT NULL FOR UPDATE`;
      if (still.length === 0) return null;
      const counts: Record<string, number> = {};
      for (const table of TABLES) {
        const [row] = await tx.$queryRawUnsafe<{ count: number }[]>(
          `SELECT count(*)::int AS count FROM "${table}" WHERE "workspaceId" = $1`,
          workspace.id,
        );
        counts[table] = row?.count ?? 0;
      }
      // Activities first: they restrict the deletion of their type and responsible.
      await tx.activity.deleteMany({ where: { workspaceId: workspace.id } });
      await tx.workspace.delete({ where: { id: workspace.id } });
      await tx.workspaceErasure.create({
        data: {
          slackTeamId: workspace.slackTeamId,
          uninstalledAt: workspace.uninstalledAt,
          erasedAt: at,
          details: counts,
        },
      });
      return counts;
    });
  }
}
