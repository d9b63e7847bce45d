import type { WebClient } from '@slack/web-api';
import type { GetActivity } from '../../domain/activities/get-activity';
import type { Clock } from '../../domain/clock';
import type { ItemToDraw, MessageAt, NoticeMessenger } from '../../domain/reminders/deliver-assignment';
import type { AssignmentNotices } from '../../domain/reminders/reminder-ports';
import type { Viewer } from '../../domain/viewer';
import { messages } from '../../i18n';
import type { SlackMessage } from '../views/help-view';
import { foldedMessage } from '../views/reminders/folded-message';
import { singleNotice } from './slack-reminder-composer';

/**
 * Messages of notices to one person (product §5.1, §5.6): one item is drawn as its own
 * message (the assignment card), several as one folded message whose items keep their
 * buttons. A button pressed in a folded message draws it again whole (`redraw`).
 */
export class SlackNoticeMessenger implements NoticeMessenger {
  constructor(
    private readonly deps: {
      /** The Web API client acting in a workspace (its own token), by our workspace id. */
      clientFor: (workspaceId: number) => Promise<WebClient>;
      activities: Pick<GetActivity, 'visibleToEach'>;
      notices: Pick<AssignmentNotices, 'itemsAt'>;
      clock: Clock;
    },
  ) {}

  async post(viewer: Viewer, items: ItemToDraw[]): Promise<MessageAt> {
    const message = await this.draw(viewer, items);
    // A user id as channel posts into the app's DM with them: no conversations.open.
    const client = await this.deps.clientFor(viewer.workspaceId);
    const answer = await client.chat.postMessage({ channel: viewer.slackUserId, ...message });
    if (!answer.channel || !answer.ts) throw new Error('Slack did not say where the message went');
    return { channelId: answer.channel, messageTs: answer.ts };
  }

  async update(viewer: Viewer, at: MessageAt, items: ItemToDraw[]): Promise<void> {
    const message = await this.draw(viewer, items);
    const client = await this.deps.clientFor(viewer.workspaceId);
    await client.chat.update({ channel: at.channelId, ts: at.messageTs, ...message });
  }

  /**
   * A folded message as it is now, for whoever pressed one of its buttons, `notice` on top;
   * `askingScopeOf`: that activity's buttons ask what *Delete* deletes (product §3.6).
   */
  async redraw(
    viewer: Viewer,
    at: MessageAt,
    drawing: { notice: string; askingScopeOf?: number },
  ): Promise<SlackMessage | null> {
    const items = await this.deps.notices.itemsAt(at.channelId, at.messageTs);
    if (items.length === 0) return null;
    return this.draw(viewer, items, drawing);
  }

  private async draw(
    viewer: Viewer,
    items: ItemToDraw[],
    { notice, askingScopeOf }: { notice?: string; askingScopeOf?: number } = {},
  ): Promise<SlackMessage> {
    const ctx = { m: messages(viewer.locale), viewer, now: this.deps.clock.now(), askingScopeOf };
    // Activities just saved come with the items (as saved): only the others are read.
    const visible = await this.deps.activities.visibleToEach(
      viewer.workspaceId,
      items.map((item) => item.activityId),
      items.flatMap((item) => (item.saved ? [item.saved] : [])),
    );
    const drawn = items.map(({ kind, activityId, startAt, actorLabel }) => ({
      kind,
      activityId,
      startAt,
      actorLabel,
      record: visible(activityId, viewer.employeeId),
    }));
    const only = drawn.length === 1 ? drawn[0] : undefined;
    if (only?.record && notice === undefined)
      return singleNotice(ctx, only, { record: only.record, recipientEmployeeId: viewer.employeeId });
    return foldedMessage(ctx, { items: drawn, notice });
  }
}
