import { modalTrigger } from '../../open-modal';
import { acknowledgedBy } from '../acting-user';
import type { ListenerDeps } from '../deps';
import type { ButtonArgs } from './activity-button';
import { openLogForm } from './open-activity-form';

/** *Log activity* on a person card: the form about that person, offering the organization link. */
export function logForPersonButton(deps: ListenerDeps) {
  return async (args: ButtonArgs) => {
    const user = await acknowledgedBy(args);
    const personId = Number(args.action.value);
    const person = Number.isInteger(personId)
      ? await deps.activities.form.person(user.viewer.workspaceId, personId)
      : null;
    await openLogForm(deps, modalTrigger(args), {
      user,
      channelId: args.body.channel?.id,
      prefill: { person: person ? { id: person.id, name: person.name } : null },
    });
  };
}
