import type { AuditEntry } from '../../db/repositories/activity-type-admin-repository';
import type { Prisma } from '../../generated/prisma/client';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';

export type TeamAction = 'team.created' | 'team.updated' | 'team.deleted';

/** Team settings and employee ids only: an audit row never carries anyone's name or e-mail. */
export function teamAuditEntry(
  viewer: Viewer,
  clock: Clock,
  action: TeamAction,
  teamId: number,
  details: Prisma.InputJsonObject,
): AuditEntry {
  return { actorId: viewer.employeeId, action, targetId: teamId, details, createdAt: clock.now() };
}
