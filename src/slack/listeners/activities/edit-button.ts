import { modalTrigger } from '../../open-modal';
import type { ListenerDeps } from '../deps';
import { formButton } from './form-button';
import { openEditForm } from './open-activity-form';

/** *Edit*: the form on the current values, if the activity is still there and visible. */
export const editButton = (deps: ListenerDeps) =>
  formButton(deps, (user, record, args) =>
    openEditForm(deps, modalTrigger(args), { user, record, channelId: args.body.channel?.id }),
  );
