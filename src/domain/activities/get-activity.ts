import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { Activities } from './activity-ports';
import type { ActivityRecord, HistoryEntry } from './activity-record';
import { isVisibleTo, readForSeveralReaders, visibleOrRestorableTo, visibleTo } from './activity-visibility';

export const HISTORY_SHOWN = 20;

export interface ActivityDetail {
  record: ActivityRecord;
  /** Newest first, at most HISTORY_SHOWN. */
  history: HistoryEntry[];
  historyTotal: number;
}

/**
 * One activity as the viewer may see it. Missing, deleted and invisible all give
 * null, so `/activity show` answers them identically (product §3.4).
 */
export class GetActivity {
  constructor(
    private readonly activities: Activities,
    private readonly clock: Clock,
  ) {}

  getVisible(viewer: Viewer, id: number): Promise<ActivityRecord | null> {
    return this.activities.find(visibleTo(viewer), id);
  }

  /**
   * Activities wanted by several readers of one workspace, read in one query: the
   * answer gives an activity only to a reader who may see it (else null). `known`:
   * records the caller has just written and holds as written (an assignment message
   * drawn right after the save): not read again, but given under the same rule; when
   * every one wanted is known, nothing is read.
   */
  async visibleToEach(
    workspaceId: number,
    activityIds: number[],
    known: readonly ActivityRecord[] = [],
  ): Promise<(activityId: number, employeeId: number) => ActivityRecord | null> {
    const byId = new Map<number, ActivityRecord>();
    for (const record of known)
      if (record.workspaceId === workspaceId && record.deletedAt === null) byId.set(record.id, record);
    const toRead = [...new Set(activityIds.filter((id) => !byId.has(id)))];
    const records =
      toRead.length > 0 ? await this.activities.findMany(readForSeveralReaders(workspaceId), toRead) : [];
    for (const record of records) byId.set(record.id, record);
    return (activityId, employeeId) => {
      const record = byId.get(activityId);
      return record && isVisibleTo({ workspaceId, employeeId }, record) ? record : null;
    };
  }

  /**
   * For redrawing a message: invisible ones left out, and deleted ones too unless
   * this viewer may still restore them (then they offer Undo).
   */
  forDisplay(viewer: Viewer, ids: number[]): Promise<ActivityRecord[]> {
    return this.activities.findMany(visibleOrRestorableTo(viewer, this.clock.now()), ids);
  }

  /** The newest history of an activity the viewer has in hand (fetched for them). */
  history(viewer: Viewer, record: ActivityRecord): Promise<HistoryEntry[]> {
    return this.activities.history(visibleOrRestorableTo(viewer, this.clock.now()), record.id, HISTORY_SHOWN);
  }

  async detail(viewer: Viewer, id: number): Promise<ActivityDetail | null> {
    const rule = visibleTo(viewer);
    const record = await this.activities.find(rule, id);
    if (!record) return null;
    const [history, historyTotal] = await Promise.all([
      this.activities.history(rule, id, HISTORY_SHOWN),
      this.activities.countHistory(rule, id),
    ]);
    return { record, history, historyTotal };
  }
}
