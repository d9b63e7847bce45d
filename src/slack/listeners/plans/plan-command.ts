import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { splitPlanCommand } from '../../../domain/plans/plan-command';
import { modalTrigger } from '../../open-modal';
import { escapeMrkdwn } from '../../views/mrkdwn';
import type { ActingUser } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { openLaunch } from './open-launch';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/**
 * `/activity plan <plan> <person>` (product §3.7; the same word in Swedish): the launch view
 * for the named plan and person. Without a person (or with several matching) the view asks
 * for one; a plan name the workspace does not have, or no person matching, gets the usage.
 */
export async function planCommand(
  deps: ListenerDeps,
  user: ActingUser,
  { text, args }: { text: string; args: CommandArgs },
): Promise<void> {
  const p = user.m.plans;
  const trigger = modalTrigger(args);
  const channelId = args.command.channel_id;
  const plans = await deps.plans.launchable.execute(user.viewer);
  const split = text.trim() === '' ? null : splitPlanCommand(text, plans);
  if (text.trim() !== '' && !split) {
    const names = plans.map((plan) => escapeMrkdwn(plan.name));
    await args.ack({
      response_type: 'ephemeral',
      text: `${p.command.unknownPlan(names)}\n${p.command.usage}`,
    });
    return;
  }
  const query = split?.rest ?? '';
  const found = query ? await deps.contacts.search.persons(user.viewer.workspaceId, query, { limit: 5 }) : [];
  if (query && found.length === 0) {
    await args.ack({
      response_type: 'ephemeral',
      text: `${p.command.noPerson(escapeMrkdwn(query))}\n${p.command.usage}`,
    });
    return;
  }
  await args.ack();
  const exact = found.filter((person) => person.name.toLowerCase() === query.toLowerCase());
  const person = found.length === 1 ? found[0] : exact.length === 1 ? exact[0] : undefined;
  await openLaunch(deps, trigger, {
    user,
    personId: person?.id ?? null,
    planId: split?.planId,
    channelId,
    pushed: false,
  });
}
