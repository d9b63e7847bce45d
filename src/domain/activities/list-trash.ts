import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { Activities } from './activity-ports';
import { mayRestore, visibleOrRestorableTo } from './activity-visibility';
import type { ActivityPage } from './list-activities';
import { PAGE_SIZE } from './list-activities';
import { decodeCursor, encodeCursor } from './list-cursor';

/**
 * `/activity trash`: the deleted activities this viewer may still restore (their
 * own — created or responsible — or, for admins, everyone's but others' private
 * ones), the most recently deleted first, a page at a time.
 */
export class ListTrash {
  constructor(
    private readonly activities: Activities,
    private readonly clock: Clock,
  ) {}

  async execute(viewer: Viewer, query: { cursor?: string | null; pageSize?: number }): Promise<ActivityPage> {
    const pageSize = query.pageSize ?? PAGE_SIZE;
    const now = this.clock.now();
    // The list cursor's time is the deletion time here.
    const position = decodeCursor(query.cursor);
    const rows = await this.activities.listDeleted(visibleOrRestorableTo(viewer, now), {
      after: position ? { deletedAt: position.startAt, id: position.id } : undefined,
      take: pageSize + 1,
    });
    const page = rows.slice(0, pageSize);
    const last = page.at(-1);
    const next =
      rows.length > pageSize && last?.deletedAt
        ? encodeCursor({ startAt: last.deletedAt, id: last.id })
        : null;
    return { items: page.filter((record) => mayRestore(viewer, record, now)), nextCursor: next };
  }
}
