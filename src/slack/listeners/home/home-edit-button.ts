import { modalTrigger } from '../../open-modal';
import { openEditForm } from '../activities/open-activity-form';
import type { ListenerDeps } from '../deps';
import { homeItemAction } from './home-item-action';

/**
 * *Edit* in App Home: the form on the current values. The Home is published again
 * once the form is saved; an activity gone meanwhile is explained in the Home instead.
 */
export const homeEditButton = (deps: ListenerDeps) =>
  homeItemAction(deps, async (user, id, args) => {
    const record = await deps.activities.get.getVisible(user.viewer, id);
    if (record) {
      await openEditForm(deps, modalTrigger(args), { user, record, channelId: null });
      return null;
    }
    const [deleted] = await deps.activities.get.forDisplay(user.viewer, [id]);
    return deleted ? user.m.activities.refusals.deleted(id) : user.m.activities.errors.notFound(id);
  });
