import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { ActivityNotFoundError, ConflictError } from '../../../domain/activities/activity-errors';
import type { ActivityField } from '../../../domain/activities/activity-input';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import type { SavedActivity } from '../../../domain/activities/assignment-notice';
import { ValidationError } from '../../../domain/validation-error';
import type { Messages } from '../../../i18n';
import { notifyAssignment } from '../../notifiers/assignment-notifier';
import { touchbase } from '../../request-context';
import { messagePermalink } from '../../slack-permalink';
import { formGoneModal } from '../../views/activities/activity-modal';
import { mention } from '../../views/activities/activity-parts';
import { formatDateTime } from '../../views/format';
import { escapeMrkdwn } from '../../views/mrkdwn';
import type { ListenerDeps } from '../deps';
import { publishHome } from '../home/publish-home';
import { publishHomesOf } from '../home/publish-homes-of';
import { type ActingUser, actingUser } from './acting-user';
import { activityFormView, recordFormValues } from './activity-form';
import { deliverSavedActivity } from './deliver-saved-activity';
import { errorsByBlock, readFormMetadata, readFormValues, toActivityInput } from './read-activity-form';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

function fieldTexts(
  error: ValidationError<ActivityField>,
  m: Messages,
): Partial<Record<ActivityField, string>> {
  return Object.fromEntries(
    Object.entries(error.fields).map(([field, text]) => [field, (text as (m: Messages) => string)(m)]),
  );
}

function conflictWarning(user: ActingUser, current: ActivityRecord): string {
  const who = current.updatedBy ? mention(current.updatedBy.slackUserId) : user.m.activities.detail.someone;
  return user.m.activities.modal.conflict(who, escapeMrkdwn(formatDateTime(current.updatedAt, user.viewer)));
}

/**
 * Saving the form (SPEC 3.3): field errors next to their fields and nothing saved;
 * a stale version gets the form back with the current values and who saved them;
 * success closes the form and shows the activity.
 */
export function activityFormSubmission(deps: ListenerDeps) {
  return async ({ ack, view, client, context, logger }: Args) => {
    const user = actingUser(context);
    const metadata = readFormMetadata(view);
    if (!user || !metadata) {
      // Slack could not tell us who this is, or the form is not one we drew: say so next to the person.
      const revision = metadata?.revision ?? 0;
      await ack({
        response_action: 'errors',
        errors: errorsByBlock(view, revision, { person: touchbase(context).m.errors.generic }),
      });
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
      if (error instanceof ValidationError) {
        await ack({
          response_action: 'errors',
          errors: errorsByBlock(view, metadata.revision, fieldTexts(error, user.m)),
        });
        return;
      }
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
  };
}
