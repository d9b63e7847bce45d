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
  createdAt: Date;
  updatedAt: Date;
}
