import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { startOfDay } from 'date-fns/startOfDay';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { Activities, ActivityListQuery } from './activity-ports';
import type { ActivityRecord } from './activity-record';
import { visibleTo } from './activity-visibility';
import { decodeCursor, encodeCursor } from './list-cursor';

export const LIST_FILTERS = ['open', 'overdue', 'today', 'done', 'all'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export const PAGE_SIZE = 10;

export interface ListActivitiesQuery {
  filter: ListFilter;
  /** Whose activities; left out: everyone's the viewer may see. */
  responsible?: { id: number; timezone: string };
  personId?: number;
  /** Activities linked to this organization. */
  organizationId?: number;
  /** From a previous page's `nextCursor`. */
  cursor?: string | null;
  pageSize?: number;
}

export interface ActivityPage {
  items: ActivityRecord[];
  nextCursor: string | null;
}

/**
 * `/activity list` (product §4): newest first, a page at a time, only what the viewer
 * may see — someone else's private activities never appear, whoever asks.
 */
export class ListActivities {
  constructor(
    private readonly activities: Activities,
    private readonly clock: Clock,
  ) {}

  async execute(viewer: Viewer, query: ListActivitiesQuery): Promise<ActivityPage> {
    const pageSize = query.pageSize ?? PAGE_SIZE;
    const after = decodeCursor(query.cursor) ?? undefined;
    const rows = await this.activities.list(visibleTo(viewer), {
      ...this.filterConditions(query, viewer),
      ...(query.responsible ? { responsibleId: query.responsible.id } : {}),
      ...(query.personId !== undefined ? { personId: query.personId } : {}),
      ...(query.organizationId !== undefined ? { organizationId: query.organizationId } : {}),
      after,
      take: pageSize + 1,
    });
    const items = rows.slice(0, pageSize);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > pageSize && last ? encodeCursor(last) : null };
  }

  /** product §3.2: overdue once due has passed; today by the responsible's own calendar. */
  private filterConditions(query: ListActivitiesQuery, viewer: Viewer): Partial<ActivityListQuery> {
    const now = this.clock.now();
    const unfinished: ActivityListQuery['statuses'] = ['NOT_STARTED', 'IN_PROGRESS'];
    switch (query.filter) {
      case 'open':
        return { statuses: unfinished };
      case 'overdue':
        return { statuses: unfinished, dueBefore: now };
      case 'today': {
        const today = startOfDay(new TZDate(now, query.responsible?.timezone ?? viewer.timezone));
        return { statuses: unfinished, dueFrom: today, dueBefore: addDays(today, 1) };
      }
      case 'done':
        return { statuses: ['DONE'] };
      case 'all':
        return {};
    }
  }
}
