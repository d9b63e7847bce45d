import type { AuditEntry } from '../audit';
import type { Clock } from '../clock';
import type { JsonObject } from '../json';
import type { Viewer } from '../viewer';

export type ActivityTypeAction =
  | 'activity_type.added'
  | 'activity_type.renamed'
  | 'activity_type.moved'
  | 'activity_type.archived'
  | 'activity_type.unarchived'
  | 'activity_type.defaults_changed';

/** Type names and settings only: an audit row never carries anyone's personal data. */
export function auditEntry(
  viewer: Viewer,
  clock: Clock,
  { action, typeId, details }: { action: ActivityTypeAction; typeId: number; details: JsonObject },
): AuditEntry {
  return { actorId: viewer.employeeId, action, targetId: typeId, details, createdAt: clock.now() };
}
