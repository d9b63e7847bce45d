import { ActivityNotFoundError, ConflictError } from '../../../domain/activities/activity-errors';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import type { SavedActivity } from '../../../domain/activities/assignment-notice';
import { type FormArgs, formSubmission } from '../../app-errors/form-submission';
import { notifyAssignment } from '../../notifiers/assignment-notifier';
import { messagePermalink } from '../../slack-permalink';
import { formBlockId, formGoneModal } from '../../views/activities/activity-modal';
import { mention } from '../../views/activities/activity-parts';
import { formatDateTime } from '../../views/format';
import { escapeMrkdwn } from '../../views/mrkdwn';
import { type ActingUser, actingUser } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { publishHome } from '../home/publish-home';
import { publishHomesOf } from '../home/publish-homes-of';
import { activityFormView, recordFormValues } from './activity-form';
import { deliverSavedActivity } from './deliver-saved-activity';
import { activityFormFields, readFormMetadata, readFormValues, toActivityInput } from './read-activity-form';

function conflictWarning(user: ActingUser, current: ActivityRecord): string {
  const who = current.updatedBy ? mention(current.updatedBy.slackUserId) : user.m.activities.detail.someone;
  return user.m.activities.modal.conflict(who, escapeMrkdwn(formatDateTime(current.updatedAt, user.viewer)));
}

/**
 * Saving the form (SPEC 3.3): field errors next to their fields and nothing saved (the
 * Slack error path places them: activityFormFields); a stale version gets the form back
 * with the current values and who saved them; success closes the form and shows the activity.
 */
export function activityFormSubmission(deps: ListenerDeps) {
  return formSubmission(activityFormFields, async ({ ack, view, client, context, logger }: FormArgs) => {
    const user = actingUser(context);
    const metadata = readFormMetadata(view);
    if (!metadata) {
      // Not a form we drew: say so next to the person.
      await ack({ response_action: 'errors', errors: { [formBlockId('person', 0)]: user.m.errors.generic } });
      return;
    }
    const input = toActivityInput(readFormValues(view));
    const acting = { workspace: user.workspace, viewer: user.viewer };
    let saved: SavedActivity;
    try {
      saved =
        metadata.mode === 'edit' && metadata.activityId && metadata.version
          ? await deps.activities.update.save(acting, metadata.activityId, metadata.version, input)
          : await deps.activities.create.save(acting, input, {
              permalink: metadata.message ? await messagePermalink(client, metadata.message) : null,
            });
    } catch (error) {
      if (error instanceof ConflictError) {
        const { current } = error;
        const redrawn = await activityFormView(
          deps,
          user,
          recordFormValues(current),
          { ...metadata, version: current.version, revision: metadata.revision + 1, prefilled: undefined },
          { current, warning: conflictWarning(user, current) },
        );
        await ack({ response_action: 'update', view: redrawn });
        return;
      }
      if (error instanceof ActivityNotFoundError) {
        await ack({ response_action: 'update', view: formGoneModal(user.m, error.activityId) });
        return;
      }
      throw error;
    }
    await ack();
    await deliverSavedActivity(deps, client, user, metadata.channelId, saved.record);
    await notifyAssignment(deps, client, logger, user.workspace, user.viewer, saved);
    await publishHome(deps, client, user);
    await publishHomesOf(deps, client, logger, user.workspace, saved.affected);
  });
}
