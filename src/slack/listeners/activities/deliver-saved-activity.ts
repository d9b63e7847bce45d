import type { WebClient } from '@slack/web-api';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import { isVisibleTo } from '../../../domain/activities/activity-visibility';
import { activityCard, plainMessage } from '../../views/activities/activity-card';
import { mention } from '../../views/activities/activity-parts';
import type { SlackMessage } from '../../views/help-view';
import type { ActingUser } from '../acting-user';
import { viewContext } from '../acting-user';
import type { ListenerDeps } from '../deps';

/**
 * After the form closes the user sees the saved activity: ephemerally where they
 * started (a channel or DM), else in their DM with the app. A private activity
 * they gave to someone else is not theirs to see: only a confirmation then.
 */
export async function deliverSavedActivity(
  deps: ListenerDeps,
  client: WebClient,
  {
    user,
    channelId,
    record,
  }: { user: ActingUser; channelId: string | null | undefined; record: ActivityRecord },
): Promise<void> {
  const { m, viewer } = user;
  const message: SlackMessage = isVisibleTo(viewer, record)
    ? activityCard(viewContext(user, deps), record, m.activities.notices.saved(record.id))
    : plainMessage(m.activities.notices.savedPrivate(record.id, mention(record.responsible.slackUserId)));
  if (channelId) {
    try {
      await client.chat.postEphemeral({ channel: channelId, user: viewer.slackUserId, ...message });
      return;
    } catch {
      // The app may not be in that channel: the user's DM with the app always works.
    }
  }
  await client.chat.postMessage({ channel: viewer.slackUserId, ...message });
}
