import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { startOfDay } from 'date-fns/startOfDay';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { Activities, ActivityListQuery } from './activity-ports';
import type { ActivityRecord } from './activity-record';
import { visibleTo } from './activity-visibility';

export const HOME_GROUPS = ['overdue', 'today', 'upcoming', 'later'] as const;
export type HomeGroupKey = (typeof HOME_GROUPS)[number];

/** How far ahead *Upcoming* looks; anything due after that is *Later*. */
export const UPCOMING_DAYS = 14;

export interface HomeGroup {
  key: HomeGroupKey;
  /** All unfinished activities in the group. */
  count: number;
  /** The group's share of the soonest due overall, at most the limit asked for in all. */
  items: ActivityRecord[];
}

type DueRange = Pick<ActivityListQuery, 'dueFrom' | 'dueBefore'>;

const inRange = (due: Date, { dueFrom, dueBefore }: DueRange) =>
  (!dueFrom || due >= dueFrom) && (!dueBefore || due < dueBefore);

export interface HomeActivitiesRead {
  groups: HomeGroup[];
  /** Whether the viewer leads a team, read with the groups: only then has their Home a team overview. */
  leadsTeam: boolean;
}

/**
 * The viewer's own unfinished activities for App Home, by due: overdue once due
 * has passed, then the rest of today, the next 14 days and later — days as the
 * viewer's own calendar counts them. Being the responsible, they see their private ones.
 * The groups follow each other in due order, so the Home's items are the soonest due
 * overall: one statement counts the groups and reads them, instead of a full page per
 * group the Home cannot show.
 */
export class HomeActivities {
  constructor(
    private readonly activities: Activities,
    private readonly clock: Clock,
  ) {}

  async execute(viewer: Viewer, limit: number): Promise<HomeActivitiesRead> {
    const now = this.clock.now();
    const tomorrow = addDays(startOfDay(new TZDate(now, viewer.timezone)), 1);
    const ranges: Record<HomeGroupKey, DueRange> = {
      overdue: { dueBefore: now },
      today: { dueFrom: now, dueBefore: tomorrow },
      upcoming: { dueFrom: tomorrow, dueBefore: addDays(tomorrow, UPCOMING_DAYS) },
      later: { dueFrom: addDays(tomorrow, UPCOMING_DAYS) },
    };
    const { counts, soonest, responsibleLeadsTeam } = await this.activities.unfinishedByDue(
      visibleTo(viewer),
      {
        responsibleId: viewer.employeeId,
        bounds: [now, tomorrow, addDays(tomorrow, UPCOMING_DAYS)],
        take: limit,
      },
    );
    const groups = HOME_GROUPS.map((key, i) => ({
      key,
      count: counts[i]!,
      items: soonest.filter((record) => inRange(record.dueAt, ranges[key])),
    }));
    return { groups, leadsTeam: responsibleLeadsTeam };
  }
}
