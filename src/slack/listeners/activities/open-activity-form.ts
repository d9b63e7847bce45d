import type { ActivityRecord } from '../../../domain/activities/activity-record';
import { type ModalTrigger, openModal } from '../../open-modal';
import type { MessageReference } from '../../slack-permalink';
import type { ActivityFormValues } from '../../views/activities/activity-modal';
import type { ActingUser } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { activityFormView, newFormValues, recordFormValues } from './activity-form';
import { formBase } from './form-conflict';

/** Opens *Log activity*, optionally prefilled; call it right after ack, while the trigger id is fresh. */
export async function openLogForm(
  deps: ListenerDeps,
  trigger: ModalTrigger,
  options: {
    user: ActingUser;
    channelId?: string | null;
    prefill?: Partial<ActivityFormValues>;
    /** The message logged (*Log as activity*): its link is stored when the activity is saved. */
    message?: MessageReference;
  },
): Promise<void> {
  const { user } = options;
  const values = { ...newFormValues(user.viewer, deps.clock.now()), ...options.prefill };
  const view = await activityFormView(deps, user, {
    values,
    metadata: {
      mode: 'create',
      channelId: options.channelId ?? null,
      revision: 0,
      ...(options.message ? { message: options.message } : {}),
    },
  });
  await openModal(trigger, view);
}

/** Opens the form on an activity's current values; saving later checks that nobody saved in between. */
export async function openEditForm(
  deps: ListenerDeps,
  trigger: ModalTrigger,
  {
    user,
    record,
    channelId,
  }: { user: ActingUser; record: ActivityRecord; channelId: string | null | undefined },
): Promise<void> {
  const view = await activityFormView(deps, user, {
    values: recordFormValues(record, user.viewer.timezone),
    metadata: {
      mode: 'edit',
      activityId: record.id,
      version: record.version,
      base: formBase(record, user.viewer.timezone),
      channelId: channelId ?? null,
      revision: 0,
    },
    current: record,
  });
  await openModal(trigger, view);
}
