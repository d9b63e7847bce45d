import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { modalTrigger } from '../../open-modal';
import type { ActingUser } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { openEditForm } from './open-activity-form';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** `/activity edit <id>`: the form on the current values, only for an activity the user can see. */
export async function editCommand(
  deps: ListenerDeps,
  user: ActingUser,
  { id, args }: { id: number; args: CommandArgs },
) {
  const { ack, command, respond } = args;
  await ack();
  const record = await deps.activities.get.getVisible(user.viewer, id);
  if (!record) {
    await respond({ response_type: 'ephemeral', text: user.m.activities.errors.notFound(id) });
    return;
  }
  await openEditForm(deps, modalTrigger(args), { user, record, channelId: command.channel_id });
}
