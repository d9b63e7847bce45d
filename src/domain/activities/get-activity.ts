import type { ActivityRepository } from '../../db/repositories/activity-repository';
import type { Viewer } from '../viewer';
import type { ActivityRecord, HistoryEntry } from './activity-record';

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
  constructor(private readonly activities: ActivityRepository) {}

  getVisible(viewer: Viewer, id: number): Promise<ActivityRecord | null> {
    return this.activities.findForViewer(viewer, id);
  }

  /** For redrawing a message: deleted ones included (they offer Undo), invisible ones left out. */
  forDisplay(viewer: Viewer, ids: number[]): Promise<ActivityRecord[]> {
    return this.activities.findManyForViewer(viewer, ids, { includeDeleted: true });
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
