import type { Employee, EmployeeProfile } from '../../domain/employees/employee';
import type { Employees, ProfileUpsert } from '../../domain/employees/employee-ports';
import type { EmployeeSettings } from '../../domain/employees/employee-settings';
import type { PrismaClient } from '../../generated/prisma/client';

export class EmployeeRepository implements Employees {
  constructor(private readonly prisma: PrismaClient) {}

  findBySlackUserId(workspaceId: number, slackUserId: string): Promise<Employee | null> {
    return this.prisma.employee.findUnique({
      where: { workspaceId_slackUserId: { workspaceId, slackUserId } },
    });
  }

  /**
   * Refreshes the profiles of those among `profiles` who are employees already
   * (a Slack user becomes one by using the app or being made responsible, not by
   * a directory sync). Returns the Slack ids refreshed.
   */
  async refreshKnown(
    workspaceId: number,
    profiles: { slackUserId: string; profile: EmployeeProfile }[],
    refreshedAt: Date,
  ): Promise<string[]> {
    if (profiles.length === 0) return [];
    const known = await this.prisma.employee.findMany({
      where: { workspaceId, slackUserId: { in: profiles.map((p) => p.slackUserId) } },
      select: { slackUserId: true },
    });
    const ids = new Set(known.map((row) => row.slackUserId));
    const updates = profiles.filter((p) => ids.has(p.slackUserId));
    await this.prisma.$transaction(
      updates.map(({ slackUserId, profile }) =>
        this.prisma.employee.update({
          where: { workspaceId_slackUserId: { workspaceId, slackUserId } },
          data: { ...profile, profileRefreshedAt: refreshedAt },
        }),
      ),
    );
    return updates.map((p) => p.slackUserId);
  }

  upsertProfile({
    workspaceId,
    slackUserId,
    profile,
    refreshedAt,
    starting,
  }: ProfileUpsert): Promise<Employee> {
    const data = { ...profile, profileRefreshedAt: refreshedAt };
    return this.prisma.employee.upsert({
      where: { workspaceId_slackUserId: { workspaceId, slackUserId } },
      create: { workspaceId, slackUserId, ...starting, ...data },
      update: data,
    });
  }

  updateSettings(id: number, settings: EmployeeSettings): Promise<Employee> {
    return this.prisma.employee.update({
      where: { id },
      data: {
        preferredLocale: settings.locale,
        digestEnabled: settings.digestEnabled,
        digestHour: settings.digestHour,
        digestDays: settings.digestDays,
        remindersEnabled: settings.remindersEnabled,
        workStartHour: settings.workStartHour,
        workEndHour: settings.workEndHour,
        workDays: settings.workDays,
      },
    });
  }
}
