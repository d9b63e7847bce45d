import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { parseQuickAdd } from '../../../domain/activities/quick-add';
import { DEFAULT_DIGEST_HOUR } from '../../../domain/teams/team-input';
import { modalTrigger } from '../../open-modal';
import type { ActingUser } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { openLogForm } from './open-activity-form';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/**
 * `/activity <free text>`: the *Log activity* form prefilled from the text. Ack
 * first: the trigger id lives 3 seconds and the text is read while it does.
 */
export async function quickAddCommand(deps: ListenerDeps, user: ActingUser, args: CommandArgs) {
  const { ack, command } = args;
  await ack();
  const { viewer } = user;
  const quick = await parseQuickAdd({
    text: command.text,
    clock: deps.clock,
    timezone: viewer.timezone,
    locale: user.locale,
    dayStartHour: user.employee?.digestHour ?? DEFAULT_DIGEST_HOUR,
    findPersons: (runs) => deps.contacts.search.personsNamed(viewer.workspaceId, runs),
  });
  await openLogForm(deps, modalTrigger(args), {
    user,
    channelId: command.channel_id,
    prefill: {
      subject: quick.subject,
      startAt: quick.startAt,
      person: quick.person ? { id: quick.person.id, name: quick.person.name } : null,
    },
  });
}
