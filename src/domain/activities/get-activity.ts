import type { ActivityRepository } from '../../db/repositories/activity-repository';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { ActivityRecord, HistoryEntry } from './activity-record';
import { mayRestore } from './activity-visibility';

export const HISTORY_SHOWN = 20;

export interface ActivityDetail {
  record: ActivityRecord;
  /** Newest first, at most HISTORY_SHOWN. */
  history: HistoryEntry[];
  historyTotal: number;
}

/**
 * One activity as the viewer may see it. Missing, deleted and invisible all give
 * null, so `/activity show` answers them identically (SPEC 3.4).
 */
export class GetActivity {
  constructor(
    private readonly activities: ActivityRepository,
    private readonly clock: Clock,
  ) {}

  getVisible(viewer: Viewer, id: number): Promise<ActivityRecord | null> {
    return this.activities.findForViewer(viewer, id);
  }

  /**
   * For redrawing a message: invisible ones left out, and deleted ones too unless
   * this viewer may still restore them (then they offer Undo).
   */
  async forDisplay(viewer: Viewer, ids: number[]): Promise<ActivityRecord[]> {
    const records = await this.activities.findManyForViewer(viewer, ids, { includeDeleted: true });
    const now = this.clock.now();
    return records.filter((record) => record.deletedAt === null || mayRestore(viewer, record, now));
  }

  /** The newest history of an activity the viewer has in hand (fetched for them). */
  history(viewer: Viewer, record: ActivityRecord): Promise<HistoryEntry[]> {
    return this.activities.history(viewer.workspaceId, record.id, HISTORY_SHOWN);
  }

  async detail(viewer: Viewer, id: number): Promise<ActivityDetail | null> {
    const record = await this.getVisible(viewer, id);
    if (!record) return null;
    const [history, historyTotal] = await Promise.all([
      this.activities.history(viewer.workspaceId, id, HISTORY_SHOWN),
      this.activities.countHistory(viewer.workspaceId, id),
    ]);
    return { record, history, historyTotal };
  }
}
