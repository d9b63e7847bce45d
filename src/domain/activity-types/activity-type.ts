/** A kind of activity (product §3.5): built-in ones carry a stable key, admins add, rename, order and archive. */
export interface ActivityType {
  id: number;
  workspaceId: number;
  /** Stable key of a built-in type (INCOMING_CALL, EMAIL, SMS, …); null for types admins add. */
  key: string | null;
  /** The type's name in each language; every surface shows its reader's (product §9). */
  nameEn: string;
  nameSv: string;
  position: number;
  archived: boolean;
  defaultSubject: string | null;
  /** Working days from start to the due time prefilled when the type is chosen. */
  defaultDueDays: number | null;
  followUpTypeId: number | null;
  /** Minutes before the start its activities remind by default (0: at the start; null: none). */
  reminderLeadMinutes: number | null;
  /** Ask the responsible how it went once an activity of this type has ended (product §5.5). */
  askOutcome: boolean;
  /** How long an activity of this type lasts when it has no end. */
  defaultDurationMinutes: number;
  createdAt: Date;
  updatedAt: Date;
}
