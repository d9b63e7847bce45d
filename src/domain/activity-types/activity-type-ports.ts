import type { AuditEntry } from '../audit';
import type { ActivityType } from './activity-type';

export interface ActivityTypeFields {
  nameEn?: string;
  nameSv?: string;
  archived?: boolean;
  defaultSubject?: string | null;
  defaultDueDays?: number | null;
  followUpTypeId?: number | null;
  reminderLeadMinutes?: number | null;
  askOutcome?: boolean;
  defaultDurationMinutes?: number;
}

/** One workspace's activity types, changed inside a transaction that no other change can interleave with. */
export interface ActivityTypeChangeSet {
  /** Every type, archived ones too, in admin order. */
  listAll(): Promise<ActivityType[]>;
  create(data: { nameEn: string; nameSv: string; position: number }): Promise<ActivityType>;
  update(id: number, fields: ActivityTypeFields): Promise<ActivityType>;
  setPositions(positions: { id: number; position: number }[]): Promise<void>;
  audit(entry: AuditEntry): Promise<void>;
}

/** Activity type administration (product §3.5); choosing a type reads through ActivityTypeCatalog. */
export interface ActivityTypeAdministration {
  listAll(workspaceId: number): Promise<ActivityType[]>;
  /**
   * Runs `work` in one transaction holding the workspace's type-admin lock, so two admins
   * adding, renaming or reordering at once each see the other's result.
   */
  change<T>(workspaceId: number, work: (types: ActivityTypeChangeSet) => Promise<T>): Promise<T>;
}
