import { ActivityNotFoundError, ConflictError } from '../../../domain/activities/activity-errors';
import type { ActivityInput } from '../../../domain/activities/activity-input';
import type { SavedActivity } from '../../../domain/activities/assignment-notice';
import { type FormArgs, formSubmission } from '../../app-errors/form-submission';
import { notifyAssignment } from '../../notifiers/assignment-notifier';
import { messagePermalink } from '../../slack-permalink';
import { type ActivityFormMetadata, formBlockId } from '../../views/activities/activity-modal';
import { type ActingUser, actingUser } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { redrawHome } from '../home/publish-home';
import { publishHomesOf } from '../home/publish-homes-of';
import { activityFormView } from './activity-form';
import { deliverSavedActivity } from './deliver-saved-activity';
import { formBase, mergeAfterConflict } from './form-conflict';
import { activityFormFields, readFormMetadata, readFormValues, toActivityInput } from './read-activity-form';
import { goneText } from './redraw-form';

/** An edit, saved once more on the current version when someone else's save touched none of the form's fields. */
async function saveEdit(
  deps: ListenerDeps,
  acting: { workspace: ActingUser['workspace']; viewer: ActingUser['viewer'] },
  {
    metadata,
    input,
    typed,
  }: {
    metadata: ActivityFormMetadata & { activityId: number; version: number };
    input: ActivityInput;
    typed: ReturnType<typeof readFormValues>;
  },
): Promise<SavedActivity> {
  try {
    return await deps.activities.update.execute(acting, {
      id: metadata.activityId,
      version: metadata.version,
      input,
      scope: typed.scope,
    });
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const merged = mergeAfterConflict(typed, {
      base: metadata.base,
      current: error.current,
      timeZone: acting.viewer.timezone,
    });
    if (merged.changed.length > 0 || !metadata.base) throw error;
    return deps.activities.update.execute(acting, {
      id: metadata.activityId,
      version: error.current.version,
      input,
      scope: typed.scope,
    });
  }
}

/**
 * Saving the form (product §3.3): field errors next to their fields and nothing saved (the
 * Slack error path places them: activityFormFields); a save refused because someone
 * else saved first gets the form back with everything the user entered, each field
 * changed meanwhile showing its current value, and *Use current values*; saving again
 * saves theirs over it. An activity deleted meanwhile keeps the form open too. Nothing
 * typed is ever thrown away. Success closes the form and shows the activity.
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
    const typed = readFormValues(view);
    const input = toActivityInput(typed);
    const acting = { workspace: user.workspace, viewer: user.viewer };
    const { activityId, version } = metadata;
    let saved: SavedActivity;
    try {
      saved =
        metadata.mode === 'edit' && activityId && version
          ? await saveEdit(deps, acting, { metadata: { ...metadata, activityId, version }, input, typed })
          : await deps.activities.create.execute(acting, input, {
              permalink: metadata.message ? await messagePermalink(client, metadata.message) : null,
            });
    } catch (error) {
      if (error instanceof ConflictError) {
        const { current } = error;
        const merged = mergeAfterConflict(typed, {
          base: metadata.base,
          current,
          timeZone: user.viewer.timezone,
        });
        const redrawn = await activityFormView(deps, user, {
          values: merged.values,
          metadata: {
            ...metadata,
            version: current.version,
            base: formBase(current, user.viewer.timezone),
            changed: merged.changed,
            revision: metadata.revision + 1,
            prefilled: undefined,
          },
          current,
        });
        await ack({ response_action: 'update', view: redrawn });
        return;
      }
      if (error instanceof ActivityNotFoundError) {
        const text = await goneText(deps, user, error.activityId);
        await ack({ response_action: 'errors', errors: { [activityFormFields(view).main]: text } });
        return;
      }
      throw error;
    }
    await ack();
    if (metadata.mode === 'edit') deps.reminders.redraw.request(user.viewer.workspaceId, saved.record.id);
    await deliverSavedActivity(deps, client, { user, channelId: metadata.channelId, record: saved.record });
    await notifyAssignment(deps, { logger, workspace: user.workspace, actor: user.viewer, saved });
    await redrawHome(deps, client, { user });
    await publishHomesOf(deps, client, { logger, workspace: user.workspace, people: saved.affected });
  });
}
