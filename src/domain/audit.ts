import type { JsonObject } from './json';

/** One row of the audit log written by an admin change (ids and settings, never personal data). */
export interface AuditEntry {
  actorId: number;
  action: string;
  targetId: number;
  details: JsonObject;
  createdAt: Date;
}
