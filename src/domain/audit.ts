import type { Clock } from './clock';
import type { JsonObject } from './json';
import type { Viewer } from './viewer';

/** One row of the audit log written by an admin change (ids and settings, never personal data). */
export interface AuditEntry {
  actorId: number;
  action: string;
  targetId: number;
  details: JsonObject;
  createdAt: Date;
}

/** The audit row of an admin's change to `targetId`, by the viewer, now. */
export function auditBy<Action extends string>(
  viewer: Viewer,
  clock: Clock,
  { action, targetId, details }: { action: Action; targetId: number; details: JsonObject },
): AuditEntry {
  return { actorId: viewer.employeeId, action, targetId, details, createdAt: clock.now() };
}
