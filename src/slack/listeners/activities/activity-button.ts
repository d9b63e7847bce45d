import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ActivityActionRefused, ActivityNotFoundError } from '../../../domain/activities/activity-errors';
import type { ActivityRecord } from '../../../domain/activities/activity-record';
import { othersAffected } from '../../../domain/activities/assignment-notice';
import type { ActionExpectation } from '../../../domain/activities/load-for-action';
import type { RedrawnMessage } from '../../reminders/reminder-redrawer';
import { decodeButtonValue, type Surface } from '../../views/activities/activity-actions';
import { type ActingUser, acknowledgedBy } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { redrawHome } from '../home/publish-home';
import { publishHomesOf } from '../home/publish-homes-of';
import { redrawSurface } from './redraw-surface';
import { replaceMessage } from './replace-message';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** A button that asks before it acts: the activity as it is, and the question. */
export interface ButtonQuestion {
  asking: ActivityRecord;
  question: string;
}

/** Surfaces whose activity buttons can carry a question in place; elsewhere it comes as a card of its own. */
const ASKS_IN_PLACE: Surface['s'][] = ['card', 'detail', 'list', 'fold'];

/** The activity a button acts on: its action id ends with the number; the value says where it sits. */
export function pressedActivity(action: ButtonAction): {
  activityId: number;
  where: Surface;
  expected: ActionExpectation;
} {
  const value = decodeButtonValue(action.value);
  const activityId = value?.a ?? Number(action.action_id.split(':').at(-1));
  return { activityId, where: value ?? { s: 'card' }, expected: { responsibleId: value?.r } };
}

/** The message a button was pressed in, which the button has just redrawn itself. */
export function pressedIn(args: ButtonArgs): RedrawnMessage | undefined {
  const container = args.body.container as { channel_id?: string; message_ts?: string };
  return container.channel_id && container.message_ts
    ? { channelId: container.channel_id, messageTs: container.message_ts }
    : undefined;
}

/**
 * A one-click button (*Done now*, *Start*, *Snooze*, *Delete*, *Undo*): acts after checking
 * permission and the current state, then redraws its message in place with the
 * result — or with what changed, when the button was stale. The App Homes that
 * show the activity are redrawn too.
 */
export function activityButton(
  deps: ListenerDeps,
  perform: (
    user: ActingUser,
    activityId: number,
    expected: ActionExpectation,
  ) => Promise<ActivityRecord | ButtonQuestion>,
  done: (user: ActingUser, record: ActivityRecord) => string,
) {
  return async (args: ButtonArgs) => {
    const user = await acknowledgedBy(args);
    const { activityId, where, expected } = pressedActivity(args.action);
    let record: ActivityRecord | null;
    let notice: string;
    try {
      const changed = await perform(user, activityId, expected);
      if ('asking' in changed) {
        await ask(deps, args, { user, where, activityId, question: changed });
        return;
      }
      record = changed;
      notice = done(user, changed);
    } catch (error) {
      // Not allowed: nothing changed, the message stays as everyone sees it; the Slack
      // error path tells only the presser why.
      if (error instanceof ActivityActionRefused && error.reason !== 'not_allowed') {
        record = error.current;
        notice = error.userMessage(user.m);
      } else if (error instanceof ActivityNotFoundError) {
        record = null;
        notice = error.userMessage(user.m);
      } else throw error;
    }
    await replaceMessage(
      args,
      await redrawSurface(deps, user, { where, activityId, record, notice, message: pressedIn(args) }),
    );
    deps.reminders.redraw.request(user.viewer.workspaceId, activityId, pressedIn(args));
    await redrawHome(deps, args.client, { user });
    if (record) {
      await publishHomesOf(deps, args.client, {
        logger: args.logger,
        workspace: user.workspace,
        people: othersAffected(user.viewer, null, record),
      });
    }
  };
}

/**
 * The question in place of the activity's buttons (nothing changed yet). A message that
 * draws its activity its own way (a digest, a reminder: they have no *Delete* today) keeps
 * as it is; the question then comes beside it as a card of its own.
 */
async function ask(
  deps: ListenerDeps,
  args: ButtonArgs,
  {
    user,
    where,
    activityId,
    question,
  }: { user: ActingUser; where: Surface; activityId: number; question: ButtonQuestion },
): Promise<void> {
  const inPlace = ASKS_IN_PLACE.includes(where.s);
  const message = await redrawSurface(deps, user, {
    where: inPlace ? where : { s: 'card' },
    activityId,
    record: question.asking,
    notice: question.question,
    message: pressedIn(args),
    askingScope: true,
  });
  if (inPlace) await replaceMessage(args, message);
  else await args.respond({ response_type: 'ephemeral', replace_original: false, ...message });
}
