import type { AuditEntry } from '../audit';
import type { Clock } from '../clock';
import type { JsonObject } from '../json';
import type { Viewer } from '../viewer';

export type TeamAction = 'team.created' | 'team.updated' | 'team.deleted';

/** Team settings and employee ids only: an audit row never carries anyone's name or e-mail. */
export function teamAuditEntry(
  viewer: Viewer,
  clock: Clock,
  { action, teamId, details }: { action: TeamAction; teamId: number; details: JsonObject },
): AuditEntry {
  return { actorId: viewer.employeeId, action, targetId: teamId, details, createdAt: clock.now() };
}
