import type { DigestRecipients } from '../../domain/digests/digest-ports';
import type { Employee } from '../../domain/employees/employee';
import type { Workspace } from '../../domain/workspaces/workspace';
import type { PrismaClient } from '../../generated/prisma/client';

/** Who a batch of digest claims is for, in one query per batch. */
export class DigestRecipientRepository implements DigestRecipients {
  constructor(private readonly prisma: PrismaClient) {}

  async employees(ids: number[]): Promise<Map<number, Employee & { workspace: Workspace }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.prisma.employee.findMany({
      where: { id: { in: ids } },
      include: { workspace: true },
    });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Workspaces of a batch of team claims (time zone, language and holidays of their channel digests). */
  async workspaces(ids: number[]): Promise<Map<number, Workspace>> {
    if (ids.length === 0) return new Map();
    const rows = await this.prisma.workspace.findMany({ where: { id: { in: [...new Set(ids)] } } });
    return new Map(rows.map((row) => [row.id, row]));
  }
}
