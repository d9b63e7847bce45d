import type { ActivityStatus } from '../activities/activity-record';
import type { Audience } from './stats-audience';
import type { StatsPeriod } from './stats-period';

/** A figure of the period beside the same figure of the previous period. */
export interface Compared {
  current: number;
  previous: number;
}

/** A duration in seconds, absent when nothing was completed. */
export interface ComparedDuration {
  current: number | null;
  previous: number | null;
}

export interface TypeRow {
  typeId: number;
  name: string;
  byStatus: Record<ActivityStatus, number>;
  total: Compared;
}

export interface ResponsibleRow {
  employeeId: number;
  name: string;
  total: Compared;
  done: number;
  overdue: number;
}

export interface ChartSeries {
  bucket: 'day' | 'week';
  /** Local day (or Monday of the week), `yyyy-MM-dd`, every bucket of the period in order. */
  buckets: string[];
  /** One stack layer per type that occurs, in the workspace's type order. */
  layers: { typeId: number; name: string; counts: number[] }[];
}

/** What `/activity stats` shows (product §6). Counts only: no subject, person or note of any activity. */
export interface StatsReport {
  period: StatsPeriod;
  audience: Audience;
  typeFilter: { id: number; name: string } | null;
  activities: Compared;
  byStatus: Record<ActivityStatus, Compared>;
  created: Compared;
  completed: Compared;
  /** Done ÷ activities of the period, 0–1; null when there were none. */
  completionRate: { current: number | null; previous: number | null };
  /** Of the period's activities, those not done whose due time has passed (product §3.2). */
  overdueNow: Compared;
  medianUntilDone: ComparedDuration;
  p90UntilDone: ComparedDuration;
  byType: TypeRow[];
  byResponsible: ResponsibleRow[];
  chart: ChartSeries;
}
