import type { ActivityRecord } from '../../../domain/activities/activity-record';
import type { RedrawnMessage } from '../../reminders/reminder-redrawer';
import type { Surface } from '../../views/activities/activity-actions';
import { activityCard, goneMessage } from '../../views/activities/activity-card';
import { activityDetail } from '../../views/activities/activity-detail';
import { activityList } from '../../views/activities/activity-list';
import { noticeBlock } from '../../views/activities/activity-parts';
import { trashList } from '../../views/activities/trash-list';
import { DIGEST_ITEMS_MAX, personalDigestMessage } from '../../views/digests/personal-digest-view';
import type { SlackMessage } from '../../views/help-view';
import { outcomeMessage } from '../../views/reminders/outcome-message';
import { reminderMessage } from '../../views/reminders/reminder-message';
import { type ActingUser, viewContext } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { listContactName } from './draw-list-page';

/**
 * The message a button sat in, drawn again as it is now with a notice on top: a
 * card stays a card, a detail view keeps its history, a list page keeps its items,
 * a daily digest is built again for the presser as of now (its items are theirs).
 */
export async function redrawSurface(
  deps: ListenerDeps,
  user: ActingUser,
  {
    where,
    activityId,
    record,
    notice,
    message,
    askingScope = false,
  }: {
    where: Surface;
    activityId: number;
    record: ActivityRecord | null;
    notice: string;
    /** The message the button sat in: a folded one is drawn again whole from it. */
    message?: RedrawnMessage;
    /** The activity's buttons ask what *Delete* deletes (cards, detail views, lists, folded messages; see activityButton). */
    askingScope?: boolean;
  },
): Promise<SlackMessage> {
  const ctx = { ...viewContext(user, deps), ...(askingScope ? { askingScopeOf: activityId } : {}) };
  if (where.s === 'fold' && message) {
    const folded = await deps.reminders.folds.redraw(user.viewer, message, {
      notice,
      askingScopeOf: ctx.askingScopeOf,
    });
    if (folded) return folded;
  }
  if (where.s === 'list') {
    const [records, contactName] = await Promise.all([
      deps.activities.get.forDisplay(user.viewer, where.l.i),
      listContactName(deps, user.viewer.workspaceId, where.l),
    ]);
    return activityList(ctx, { state: where.l, records, contactName, notice });
  }
  if (where.s === 'trash') {
    const records = await deps.activities.get.forDisplay(user.viewer, where.l.i);
    return trashList(ctx, { state: where.l, records, notice });
  }
  if (where.s === 'digest') {
    const { employeeId, workspaceId, timezone } = user.viewer;
    const digest = await deps.digests.personal.forOne(
      { employeeId, workspaceId, timezone, localDate: where.d },
      ctx.now,
      DIGEST_ITEMS_MAX,
    );
    return personalDigestMessage(ctx, digest, {
      notice,
      homeUrl: deps.digests.homeUrl(),
      completed: record ?? undefined,
    });
  }
  if (where.s === 'outcome') {
    return outcomeMessage(ctx, { activityId, record, recipientEmployeeId: user.viewer.employeeId, notice });
  }
  if (where.s === 'reminder') {
    return reminderMessage(ctx, {
      activityId,
      record,
      recipientEmployeeId: user.viewer.employeeId,
      notice,
    });
  }
  if (!record) {
    const gone = goneMessage(ctx, activityId);
    return { text: notice, blocks: [noticeBlock(notice), ...gone.blocks] };
  }
  if (where.s === 'detail' && !record.deletedAt) {
    const detail = await deps.activities.get.detail(user.viewer, activityId);
    if (detail) return activityDetail(ctx, detail, notice);
  }
  return activityCard(ctx, record, notice);
}
