import type { ActivityRecord } from '../../../src/domain/activities/activity-record';
import type { Clock } from '../../../src/domain/clock';
import type { Employee } from '../../../src/domain/employees/employee';
import {
  DeliverAssignment,
  type ItemToDraw,
  type MessageAt,
  type NoticeMessenger,
} from '../../../src/domain/reminders/deliver-assignment';
import type { AssignmentNotices, NoticeItem, OpenFold } from '../../../src/domain/reminders/reminder-ports';
import type { Viewer } from '../../../src/domain/viewer';
import type { Workspace } from '../../../src/domain/workspaces/workspace';

// Tuesday 1 December 2026, 10:00 in Stockholm: within Sven's working time.
const NOON = new Date('2026-12-01T09:00:00Z');
const clock: Clock = { now: () => NOON };
const workspace = { id: 1, holidayCountry: 'SE' } as Workspace;
const sven = {
  id: 7,
  timezone: 'Europe/Stockholm',
  workStartHour: 8,
  workEndHour: 18,
  workDays: [1, 2, 3, 4, 5],
} as Employee;
const viewer = { workspaceId: 1, employeeId: 7, slackUserId: 'USVEN', locale: 'sv' } as Viewer;

/** An activity starting at `startAt` (tomorrow by default). */
const activity = (id: number, startAt = new Date('2026-12-02T09:00:00Z')) =>
  ({ id, startAt }) as ActivityRecord;

/** The notices and Slack in memory: what was posted, updated and recorded, in order. */
function world() {
  const messages = new Map<string, NoticeItem[]>();
  const calls: string[] = [];
  /** Per draw sent to Slack: the ids of the items that came with their activity as saved. */
  const savedWith: number[][] = [];
  const held: number[] = [];
  let posts = 0;
  let failPost: Error | null = null;
  /** Set to hold the next post until `release()` is called. */
  let gate: Promise<void> | null = null;
  let release = () => {};
  let entered = () => {};
  const notices: AssignmentNotices = {
    async hold(list) {
      calls.push(`hold ${list.map((n) => n.activityId).join(',')}`);
      held.push(...list.map((n) => n.activityId));
    },
    async openFold(): Promise<OpenFold | null> {
      calls.push('openFold');
      const last = [...messages.entries()].at(-1);
      return last ? { channelId: 'D7', messageTs: last[0], items: last[1] } : null;
    },
    async recordSent(sentMessages) {
      // One write per draw, however many messages it sent.
      const each = sentMessages.map(
        ({ notices: list, sent }) =>
          `${list.map((n) => n.activityId).join(',')}${sent.folded ? ' folded' : ''}`,
      );
      calls.push(`recordSent ${each.join(' + ')}`);
    },
    async itemsAt(_channel, ts) {
      return messages.get(ts) ?? [];
    },
  };
  const messenger: NoticeMessenger = {
    async post(_viewer: Viewer, items: ItemToDraw[]): Promise<MessageAt> {
      savedWith.push(items.flatMap((item) => (item.saved?.id === item.activityId ? [item.activityId] : [])));
      entered();
      if (gate) await gate;
      if (failPost) throw failPost;
      const ts = `${++posts}.0`;
      messages.set(
        ts,
        items.map(({ saved: _saved, ...item }) => item),
      );
      calls.push(`post ${items.map((i) => i.activityId).join(',')}`);
      return { channelId: 'D7', messageTs: ts };
    },
    async update(_viewer: Viewer, at: MessageAt, items: ItemToDraw[]) {
      savedWith.push(items.flatMap((item) => (item.saved?.id === item.activityId ? [item.activityId] : [])));
      messages.set(
        at.messageTs,
        items.map(({ saved: _saved, ...item }) => item),
      );
      calls.push(`update ${items.map((i) => i.activityId).join(',')}`);
    },
  };
  return {
    messages,
    calls,
    savedWith,
    held,
    notices,
    messenger,
    failNextPost(error: Error | null) {
      failPost = error;
    },
    /** Holds posts until releasePosts(); resolves when the first one reaches Slack. */
    holdPosts(): Promise<void> {
      const reached = new Promise<void>((resolve) => {
        entered = resolve;
      });
      gate = new Promise((resolve) => {
        release = () => {
          gate = null;
          resolve();
        };
      });
      return reached;
    },
    releasePosts: () => release(),
  };
}

const assign = (deliver: DeliverAssignment, record: ActivityRecord) =>
  deliver.execute({ workspace, recipient: sven, viewer, record, actorLabel: '<@UBOB>' });

describe('assignment messages drawn for several at a time (product §5.1, §5.6)', () => {
  it('sends assignments made together in one message, read once and recorded once', async () => {
    const w = world();
    const deliver = new DeliverAssignment({ notices: w.notices, messenger: w.messenger, clock });
    const outcomes = await Promise.all([1, 2, 3].map((id) => assign(deliver, activity(id))));
    expect(outcomes).toEqual(['sent', 'folded', 'folded']);
    expect(w.calls).toEqual(['openFold', 'post 1,2,3', 'recordSent 1,2,3 folded']);
  });

  it('folds what arrives while a message is being sent into one update of it after that', async () => {
    const w = world();
    const deliver = new DeliverAssignment({
      notices: w.notices,
      messenger: w.messenger,
      clock,
      drawIntervalMs: 0,
    });
    const reached = w.holdPosts();
    const first = assign(deliver, activity(1));
    // Three more arrive while the first is on its way to Slack.
    await reached;
    const more = [2, 3, 4].map((id) => assign(deliver, activity(id)));
    w.releasePosts();
    expect(await first).toBe('sent');
    expect(await Promise.all(more)).toEqual(['folded', 'folded', 'folded']);
    expect(w.calls).toEqual([
      'openFold',
      'post 1',
      'recordSent 1',
      'openFold',
      'update 1,2,3,4',
      'recordSent 2,3,4 folded',
    ]);
  });

  it('starts a new message after ten items, each message holding up to ten', async () => {
    const w = world();
    const deliver = new DeliverAssignment({
      notices: w.notices,
      messenger: w.messenger,
      clock,
      drawIntervalMs: 0,
    });
    const ids = Array.from({ length: 12 }, (_, i) => i + 1);
    await Promise.all(ids.map((id) => assign(deliver, activity(id))));
    expect(w.calls.filter((call) => call.startsWith('post'))).toEqual([
      'post 1,2,3,4,5,6,7,8,9,10',
      'post 11,12',
    ]);
    expect(await assign(deliver, activity(13))).toBe('folded');
    expect(w.messages.get('2.0')?.map((item) => item.activityId)).toEqual([11, 12, 13]);
  });

  it('records what one draw sent in one write: the open message updated and a new one posted', async () => {
    const w = world();
    const deliver = new DeliverAssignment({
      notices: w.notices,
      messenger: w.messenger,
      clock,
      drawIntervalMs: 0,
    });
    await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((id) => assign(deliver, activity(id))));
    w.calls.length = 0;
    const outcomes = await Promise.all([9, 10, 11, 12, 13].map((id) => assign(deliver, activity(id))));
    expect(outcomes).toEqual(['folded', 'folded', 'sent', 'folded', 'folded']);
    // Before: a write after each Slack call (two here).
    expect(w.calls).toEqual([
      'openFold',
      'update 1,2,3,4,5,6,7,8,9,10',
      'post 11,12,13',
      'recordSent 9,10 folded + 11,12,13 folded',
    ]);
  });

  it('hands the messenger each new activity as saved, and only those: items already sent are read afresh', async () => {
    const w = world();
    const deliver = new DeliverAssignment({
      notices: w.notices,
      messenger: w.messenger,
      clock,
      drawIntervalMs: 0,
    });
    await Promise.all([1, 2].map((id) => assign(deliver, activity(id))));
    await assign(deliver, activity(3));
    expect(w.savedWith).toEqual([[1, 2], [3]]);
  });

  it('holds what comes outside working time in one write, and sends the evening event at once', async () => {
    const w = world();
    const evening: Clock = { now: () => new Date('2026-12-01T19:00:00Z') };
    const deliver = new DeliverAssignment({ notices: w.notices, messenger: w.messenger, clock: evening });
    const outcomes = await Promise.all([
      assign(deliver, activity(1)),
      assign(deliver, activity(2)),
      // It happens tonight itself: no reason to wait for the morning.
      assign(deliver, activity(3, new Date('2026-12-01T19:30:00Z'))),
    ]);
    expect(outcomes).toEqual(['held', 'held', 'sent']);
    expect(w.calls).toEqual(expect.arrayContaining(['hold 1,2', 'post 3']));
    expect(w.calls.filter((call) => call.startsWith('hold'))).toHaveLength(1);
  });

  it('tells each caller when Slack did not take their message, and sends the next ones', async () => {
    const w = world();
    const deliver = new DeliverAssignment({
      notices: w.notices,
      messenger: w.messenger,
      clock,
      drawIntervalMs: 0,
    });
    w.failNextPost(new Error('user_disabled'));
    const failed = [1, 2].map((id) => assign(deliver, activity(id)));
    await expect(failed[0]).rejects.toThrow('user_disabled');
    await expect(failed[1]).rejects.toThrow('user_disabled');
    w.failNextPost(null);
    expect(await assign(deliver, activity(3))).toBe('sent');
  });
});
