import type { AuditEntry } from '../../domain/audit';
import type { Prisma } from '../../generated/prisma/client';

/** The audit log row of an admin change to one `targetType` of the workspace. */
export function auditRow(
  workspaceId: number,
  targetType: string,
  entry: AuditEntry,
): Prisma.AuditLogUncheckedCreateInput {
  return {
    workspaceId,
    actorId: entry.actorId,
    action: entry.action,
    targetType,
    targetId: String(entry.targetId),
    details: entry.details,
    createdAt: entry.createdAt,
  };
}
