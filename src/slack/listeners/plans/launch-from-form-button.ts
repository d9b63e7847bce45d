import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { modalTrigger } from '../../open-modal';
import { PERSON_PICKER } from '../../views/picker-ids';
import { acknowledgedBy } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { openLaunch } from './open-launch';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** The person chosen in the Log activity form so far, if any (its person input carries the form's revision). */
function chosenPerson(
  values: Record<string, Record<string, { selected_option?: { value?: string } | null }>>,
) {
  for (const [blockId, actions] of Object.entries(values)) {
    if (!blockId.startsWith('person.')) continue;
    const id = Number(actions[PERSON_PICKER]?.selected_option?.value);
    if (Number.isInteger(id) && id > 0) return id;
  }
  return null;
}

function channelOf(metadata: string | undefined): string | null {
  try {
    const parsed = JSON.parse(metadata ?? '') as { channelId?: unknown };
    return typeof parsed.channelId === 'string' ? parsed.channelId : null;
  } catch {
    return null;
  }
}

/**
 * *Start a plan…* in the Log activity form (product §3.7): the launch view pushed over the
 * form, for the person chosen there (or with a person picker when none is chosen yet).
 */
export function launchFromFormButton(deps: ListenerDeps) {
  return async (args: ButtonArgs) => {
    const user = await acknowledgedBy(args);
    const view = args.body.view;
    await openLaunch(deps, modalTrigger(args), {
      user,
      personId: view ? chosenPerson(view.state.values as never) : null,
      channelId: channelOf(view?.private_metadata),
      pushed: true,
    });
  };
}
