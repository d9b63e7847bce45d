import type { EmployeeSettings } from '../../domain/employees/employee-settings';
import type { Employee, PrismaClient } from '../../generated/prisma/client';

export interface EmployeeProfile {
  name: string;
  email: string | null;
  timezone: string;
  slackLocale: string | null;
  isSlackAdmin: boolean;
  isBot: boolean;
  isDeleted: boolean;
  isRestricted: boolean;
  isForeign: boolean;
}

export class EmployeeRepository {
  constructor(private readonly prisma: PrismaClient) {}

  findBySlackUserId(workspaceId: number, slackUserId: string): Promise<Employee | null> {
    return this.prisma.employee.findUnique({
      where: { workspaceId_slackUserId: { workspaceId, slackUserId } },
    });
  }

  upsertProfile(
    workspaceId: number,
    slackUserId: string,
    profile: EmployeeProfile,
    refreshedAt: Date,
  ): Promise<Employee> {
    const data = { ...profile, profileRefreshedAt: refreshedAt };
    return this.prisma.employee.upsert({
      where: { workspaceId_slackUserId: { workspaceId, slackUserId } },
      create: { workspaceId, slackUserId, ...data },
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
      },
    });
  }
}
