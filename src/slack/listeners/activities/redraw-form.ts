import type { ModalView } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { ActivityFormMetadata, ActivityFormValues } from '../../views/activities/activity-modal';
import { formGoneModal } from '../../views/activities/activity-modal';
import type { ActingUser } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { activityFormView } from './activity-form';
import { readFormMetadata, readFormValues, type SubmittedView } from './read-activity-form';

export interface FormChange {
  values: ActivityFormValues;
  metadata?: Partial<ActivityFormMetadata>;
}

/**
 * Redraws the open form from what the user has entered so far, changed by
 * `change`. `hash` makes Slack refuse the update if the user changed the form
 * meanwhile; their next choice redraws it again, so that refusal is let go.
 */
export async function redrawForm(
  deps: ListenerDeps,
  client: WebClient,
  user: ActingUser,
  view: SubmittedView & { id: string; hash: string },
  change: (values: ActivityFormValues, metadata: ActivityFormMetadata) => Promise<FormChange> | FormChange,
): Promise<void> {
  const metadata = readFormMetadata(view);
  if (!metadata) return;
  const current =
    metadata.mode === 'edit' && metadata.activityId
      ? await deps.activities.get.getVisible(user.viewer, metadata.activityId)
      : null;
  let redrawn: ModalView;
  if (metadata.mode === 'edit' && !current) redrawn = formGoneModal(user.m, metadata.activityId ?? 0);
  else {
    const changed = await change(readFormValues(view), metadata);
    const next = { ...metadata, ...changed.metadata, revision: metadata.revision + 1 };
    redrawn = await activityFormView(deps, user, changed.values, next, { current });
  }
  try {
    await client.views.update({ view_id: view.id, hash: view.hash, view: redrawn });
  } catch (error) {
    if ((error as { data?: { error?: string } }).data?.error !== 'hash_conflict') throw error;
  }
}
