import type { VisibilityRule } from '../activities/activity-visibility';
import type { TypeNames } from '../activity-types/type-names';

/** Which activities a statistic counts. */
export interface StatsScope {
  /**
   * The domain's rule (countedIn: private ones are included on purpose — product §3.4
   * lets statistics count them, and nothing here returns a subject, person or note).
   */
  rule: VisibilityRule;
  /** Responsibles counted; null counts everyone in the workspace. */
  responsibleIds: number[] | null;
  typeId: number | null;
}

/** The period and the one before it, adjacent: previous.to is period.from. */
export interface StatsWindow {
  previousFrom: Date;
  from: Date;
  to: Date;
  timezone: string;
  bucket: 'day' | 'week';
  now: Date;
}

export interface TypeStatusCount {
  typeId: number;
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE';
  current: number;
  previous: number;
  overdueCurrent: number;
  overduePrevious: number;
}

export interface ResponsibleCount {
  employeeId: number;
  name: string;
  current: number;
  done: number;
  overdue: number;
  previous: number;
}

export interface FlowFigures {
  createdCurrent: number;
  createdPrevious: number;
  completedCurrent: number;
  completedPrevious: number;
  /** Seconds from created to done over the activities completed in the period; null without any. */
  medianCurrent: number | null;
  medianPrevious: number | null;
  p90Current: number | null;
  p90Previous: number | null;
}

export interface SeriesPoint {
  /** Local day (or Monday of the local week) as `yyyy-MM-dd`. */
  bucket: string;
  typeId: number;
  count: number;
}

export interface TypeName {
  id: number;
  names: TypeNames;
  key: string | null;
  position: number;
  archived: boolean;
}

/**
 * The statistics of product §6, each figure group one set-based query over the
 * activities the scope's rule keeps. Periods select by start; created and
 * completed by their own timestamps.
 */
export interface StatsFigures {
  /** Counts by type × status in the period and the previous one, and how many of them are overdue now. */
  byTypeAndStatus(scope: StatsScope, w: StatsWindow): Promise<TypeStatusCount[]>;
  /** Per responsible: the period's activities, done, overdue now, and the previous period's count. */
  byResponsible(scope: StatsScope, w: StatsWindow): Promise<ResponsibleCount[]>;
  /** Created and completed in each period, and the median and 90th percentile time from created to done. */
  flow(scope: StatsScope, w: StatsWindow): Promise<FlowFigures>;
  /** The period's activities per local day (or week from Monday) and type. */
  series(scope: StatsScope, w: StatsWindow): Promise<SeriesPoint[]>;
  /** Every type of the workspace, archived ones too: old activities keep them. */
  types(workspaceId: number): Promise<TypeName[]>;
}

/** A team as statistics need it (product §6): who a lead may see, and what `#team` names. */
export interface StatsTeam {
  id: number;
  name: string;
  memberIds: number[];
  leadIds: number[];
}

export interface StatsTeams {
  /** The teams `employeeId` leads, with their members. */
  teamsLedBy(workspaceId: number, employeeId: number): Promise<StatsTeam[]>;
  teams(workspaceId: number): Promise<StatsTeam[]>;
  teamsByChannel(workspaceId: number, channelId: string): Promise<StatsTeam[]>;
}
