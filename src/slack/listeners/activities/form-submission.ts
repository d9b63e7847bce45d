import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { ActivityNotFoundError, ConflictError } from '../../../domain/activities/activity-errors';
import type { ActivityField, ActivityInput } from '../../../domain/activities/activity-input';
import type { SavedActivity } from '../../../domain/activities/assignment-notice';
import { ValidationError } from '../../../domain/validation-error';
import type { Messages } from '../../../i18n';
import { notifyAssignment } from '../../notifiers/assignment-notifier';
import { touchbase } from '../../request-context';
import { messagePermalink } from '../../slack-permalink';
import type { ActivityFormMetadata } from '../../views/activities/activity-modal';
import type { ListenerDeps } from '../deps';
import { publishHome } from '../home/publish-home';
import { publishHomesOf } from '../home/publish-homes-of';
import { type ActingUser, actingUser } from './acting-user';
import { activityFormView } from './activity-form';
import { deliverSavedActivity } from './deliver-saved-activity';
import { formBase, mergeAfterConflict } from './form-conflict';
import { errorsByBlock, readFormMetadata, readFormValues, toActivityInput } from './read-activity-form';
import { goneText } from './redraw-form';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

function fieldTexts(
  error: ValidationError<ActivityField>,
  m: Messages,
): Partial<Record<ActivityField, string>> {
  return Object.fromEntries(
    Object.entries(error.fields).map(([field, text]) => [field, (text as (m: Messages) => string)(m)]),
  );
}

/** An edit, saved once more on the current version when someone else's save touched none of the form's fields. */
async function saveEdit(
  deps: ListenerDeps,
  acting: { workspace: ActingUser['workspace']; viewer: ActingUser['viewer'] },
  metadata: ActivityFormMetadata & { activityId: number; version: number },
  input: ActivityInput,
  typed: ReturnType<typeof readFormValues>,
): Promise<SavedActivity> {
  try {
    return await deps.activities.update.save(acting, metadata.activityId, metadata.version, input);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    if (mergeAfterConflict(typed, metadata.base, error.current).changed.length > 0 || !metadata.base)
      throw error;
    return deps.activities.update.save(acting, metadata.activityId, error.current.version, input);
  }
}

/**
 * Saving the form (product §3.3): field errors next to their fields and nothing saved;
 * a save refused because someone else saved first gets the form back with
 * everything the user entered, each field changed meanwhile showing its current
 * value, and *Use current values*; saving again saves theirs over it. An activity
 * deleted meanwhile keeps the form open too. Nothing typed is ever thrown away.
 * Success closes the form and shows the activity.
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
    const typed = readFormValues(view);
    const input = toActivityInput(typed);
    const acting = { workspace: user.workspace, viewer: user.viewer };
    const { activityId, version } = metadata;
    let saved: SavedActivity;
    try {
      saved =
        metadata.mode === 'edit' && activityId && version
          ? await saveEdit(deps, acting, { ...metadata, activityId, version }, input, typed)
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
        const merged = mergeAfterConflict(typed, metadata.base, current);
        const redrawn = await activityFormView(
          deps,
          user,
          merged.values,
          {
            ...metadata,
            version: current.version,
            base: formBase(current),
            changed: merged.changed,
            revision: metadata.revision + 1,
            prefilled: undefined,
          },
          { current },
        );
        await ack({ response_action: 'update', view: redrawn });
        return;
      }
      if (error instanceof ActivityNotFoundError) {
        const text = await goneText(deps, user, error.activityId);
        await ack({
          response_action: 'errors',
          errors: errorsByBlock(view, metadata.revision, { person: text }),
        });
        return;
      }
      throw error;
    }
    await ack();
    if (metadata.mode === 'edit') deps.reminders.redraw.request(user.viewer.workspaceId, saved.record.id);
    await deliverSavedActivity(deps, client, user, metadata.channelId, saved.record);
    await notifyAssignment(deps, client, logger, user.workspace, user.viewer, saved);
    await publishHome(deps, client, user);
    await publishHomesOf(deps, client, logger, user.workspace, saved.affected);
  };
}
