import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { startOfDay } from 'date-fns/startOfDay';
import type { ActivityListQuery, ActivityRepository } from '../../db/repositories/activity-repository';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { ActivityRecord } from './activity-record';

export const HOME_GROUPS = ['overdue', 'today', 'upcoming', 'later'] as const;
export type HomeGroupKey = (typeof HOME_GROUPS)[number];

/** How far ahead *Upcoming* looks; anything due after that is *Later*. */
export const UPCOMING_DAYS = 14;

export interface HomeGroup {
  key: HomeGroupKey;
  /** All unfinished activities in the group. */
  count: number;
  /** The soonest due of them, at most the limit asked for. */
  items: ActivityRecord[];
}

/**
 * The viewer's own unfinished activities for App Home, by due: overdue once due
 * has passed, then the rest of today, the next 14 days and later — days as the
 * viewer's own calendar counts them. Being the responsible, they see their private ones.
 */
export class HomeActivities {
  constructor(
    private readonly activities: ActivityRepository,
    private readonly clock: Clock,
  ) {}

  execute(viewer: Viewer, limitPerGroup: number): Promise<HomeGroup[]> {
    const now = this.clock.now();
    const tomorrow = addDays(startOfDay(new TZDate(now, viewer.timezone)), 1);
    const ranges: Record<HomeGroupKey, Pick<ActivityListQuery, 'dueFrom' | 'dueBefore'>> = {
      overdue: { dueBefore: now },
      today: { dueFrom: now, dueBefore: tomorrow },
      upcoming: { dueFrom: tomorrow, dueBefore: addDays(tomorrow, UPCOMING_DAYS) },
      later: { dueFrom: addDays(tomorrow, UPCOMING_DAYS) },
    };
    return Promise.all(
      HOME_GROUPS.map(async (key) => {
        const query = {
          ...ranges[key],
          statuses: ['NOT_STARTED', 'IN_PROGRESS'] as ActivityListQuery['statuses'],
          responsibleId: viewer.employeeId,
        };
        const [count, items] = await Promise.all([
          this.activities.count(viewer, query),
          this.activities.listByDue(viewer, { ...query, take: limitPerGroup }),
        ]);
        return { key, count, items };
      }),
    );
  }
}
