import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { modalTrigger } from '../../open-modal';
import { acknowledgedBy } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { openLaunch } from './open-launch';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** *Start plan* on a person card (product §3.7): the launch view for that person. */
export function launchForPersonButton(deps: ListenerDeps) {
  return async (args: ButtonArgs) => {
    const user = await acknowledgedBy(args);
    const personId = Number(args.action.value);
    await openLaunch(deps, modalTrigger(args), {
      user,
      personId: Number.isInteger(personId) && personId > 0 ? personId : null,
      channelId: args.body.channel?.id ?? null,
      pushed: false,
    });
  };
}
