import { modalTrigger } from '../../open-modal';
import type { ListenerDeps } from '../deps';
import { actingUser } from './acting-user';
import type { ButtonArgs } from './activity-button';
import { openLogForm } from './open-activity-form';

/** *Log activity* on a person card: the form about that person, offering the organization link. */
export function logForPersonButton(deps: ListenerDeps) {
  return async (args: ButtonArgs) => {
    await args.ack();
    const user = actingUser(args.context);
    if (!user) return;
    const personId = Number(args.action.value);
    const person = Number.isInteger(personId)
      ? await deps.activities.form.person(user.viewer.workspaceId, personId)
      : null;
    await openLogForm(deps, modalTrigger(args), user, {
      channelId: args.body.channel?.id,
      prefill: { person: person ? { id: person.id, name: person.name } : null },
    });
  };
}
