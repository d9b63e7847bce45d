import type { VisibilityRule } from '../activities/activity-visibility';

/** One activity as the CSV export writes it (product §3.1 fields plus id, source, organization, creator, updated). */
export interface ExportRow {
  id: number;
  /** The type's names; the reader's language picks one. */
  typeNameEn: string;
  typeNameSv: string;
  subject: string;
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE';
  personName: string;
  organizationName: string | null;
  /** The keyset position; the times to show come formatted below. */
  startAt: Date;
  /** Local times `yyyy-MM-dd HH:mm` in the scope's time zone, converted by the database. */
  start: string;
  end: string | null;
  responsibleName: string;
  notes: string | null;
  isPrivate: boolean;
  created: string;
  creatorName: string | null;
  updated: string;
  source: string;
}

export interface ExportScope {
  /** What the requester may see (visibleTo them: product §3.4, public ones and their own private ones). */
  rule: VisibilityRule;
  /** Narrowed to these responsibles (a `@user` or `#team` filter); null for everyone's. */
  responsibleIds: number[] | null;
  typeId: number | null;
  from: Date;
  to: Date;
  /** The reader's time zone: times are written as their local wall-clock time. */
  timezone: string;
}

export interface ExportPosition {
  startAt: Date;
  id: number;
}

/** The activities an export holds, a page at a time in (start, id) order. */
export interface ActivityExports {
  page(scope: ExportScope, after: ExportPosition | null, take: number): Promise<ExportRow[]>;
}
