import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import type { ActivityFormMetadata, ActivityFormValues } from '../../views/activities/activity-modal';
import { type ActingUser, acknowledgedBy } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { activityFormView } from './activity-form';
import { readFormMetadata, readFormValues } from './read-activity-form';

export interface FormChange {
  values: ActivityFormValues;
  metadata?: Partial<ActivityFormMetadata>;
}

/** What a change of the open form sees: who, what they entered so far, and the edited activity as it is now. */
export interface FormNow {
  user: ActingUser;
  values: ActivityFormValues;
  metadata: ActivityFormMetadata;
  current: ActivityRecord | null;
}

type FormActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/**
 * An action inside the open activity form (a person or type chosen, *Use current values*):
 * acknowledged at once, then the form is redrawn from what the user has entered so far,
 * changed by `change`. An edited activity that is gone keeps the form as the user left it,
 * with a warning on top: what they typed is never thrown away. `hash` makes Slack refuse
 * the update if the user changed the form meanwhile; their next choice redraws it again,
 * so that refusal is let go.
 */
export function formAction(deps: ListenerDeps, change: (form: FormNow) => Promise<FormChange> | FormChange) {
  return async ({ ack, body, client, context }: FormActionArgs): Promise<void> => {
    const user = await acknowledgedBy({ ack, context });
    const view = body.view;
    const metadata = view ? readFormMetadata(view) : null;
    if (!view || !metadata) return;
    const editing = metadata.mode === 'edit' ? (metadata.activityId ?? 0) : null;
    const current = editing === null ? null : await deps.activities.get.getVisible(user.viewer, editing);
    const values = readFormValues(view);
    const gone = editing !== null && !current;
    const changed = gone ? { values } : await change({ user, values, metadata, current });
    const next = { ...metadata, ...changed.metadata, revision: metadata.revision + 1 };
    const warning = gone ? `:warning: ${await goneText(deps, user, editing)}` : undefined;
    const redrawn = await activityFormView(deps, user, {
      values: changed.values,
      metadata: next,
      current,
      warning,
    });
    try {
      await client.views.update({ view_id: view.id, hash: view.hash, view: redrawn });
    } catch (error) {
      if ((error as { data?: { error?: string } }).data?.error !== 'hash_conflict') throw error;
    }
  };
}

/**
 * Why an edited activity cannot be saved any more, and what the user can do: one
 * they may restore is in their trash (restored, the form saves again).
 */
export async function goneText(deps: ListenerDeps, user: ActingUser, activityId: number): Promise<string> {
  const [restorable] = await deps.activities.get.forDisplay(user.viewer, [activityId]);
  return restorable
    ? user.m.activities.modal.goneToTrash(activityId)
    : user.m.activities.modal.gone(activityId);
}
