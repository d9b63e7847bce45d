import type { ViewOutput } from '@slack/bolt';
import type { FormFields } from '../../app-errors/form-fields';
import { type FormArgs, formSubmission } from '../../app-errors/form-submission';
import { notifyAssignment } from '../../notifiers/assignment-notifier';
import { launchConfirmation } from '../../views/plans/launch-confirmation';
import { launchBlockId } from '../../views/plans/plan-ids';
import { actingUser } from '../acting-user';
import type { ListenerDeps } from '../deps';
import { redrawHome } from '../home/publish-home';
import { publishHomesOf } from '../home/publish-homes-of';
import { redrawnLaunch } from './launch-redraw';
import { readLaunchView } from './read-launch';

const STEP = /^step\.(\d+)$/;

/** Where a refused launch says why: a step next to its responsible picker, the rest next to the date. */
function launchFields(view: ViewOutput): FormFields {
  const revision = readLaunchView(view)?.metadata.revision ?? 0;
  const date = launchBlockId('date', revision);
  return {
    main: date,
    blockOf: (field) => {
      if (field === 'person') return launchBlockId('person', revision);
      if (field === 'plan') return launchBlockId('plan', revision);
      if (field === 'launchDate') return date;
      const match = STEP.exec(field);
      return match ? launchBlockId(`step${Number(match[1])}`, revision) : undefined;
    },
  };
}

/**
 * *Start* in the launch view (product §3.7): every step created at once, or — when one
 * cannot be — nothing, with the reason next to that step. Then the launcher sees what was
 * created (with dates and responsibles), each responsible is told (folded into one message
 * per person, §5.6), and the Homes that changed are drawn again.
 */
export function launchSubmission(deps: ListenerDeps) {
  return formSubmission(launchFields, async ({ ack, view, client, context, logger }: FormArgs) => {
    const user = actingUser(context);
    const state = readLaunchView(view);
    if (!state) {
      await ack({ response_action: 'errors', errors: { [launchFields(view).main]: user.m.errors.generic } });
      return;
    }
    if (state.planId !== state.metadata.planId) {
      // Another plan was chosen but its steps are not on screen yet: show them first.
      await ack({ response_action: 'update', view: await redrawnLaunch(deps, user, state) });
      return;
    }
    const result = await deps.plans.launch.execute(
      { workspace: user.workspace, viewer: user.viewer },
      {
        planId: state.planId,
        personId: state.personId,
        launchDate: state.launchDate ?? '',
        responsibleSlackUserIds: state.responsibles,
      },
    );
    await ack(state.metadata.pushed ? { response_action: 'clear' } : undefined);
    const message = launchConfirmation(user.m, user.viewer, result);
    const channel = state.metadata.channelId;
    let posted = false;
    if (channel) {
      try {
        await client.chat.postEphemeral({ channel, user: user.viewer.slackUserId, ...message });
        posted = true;
      } catch {
        // The app may not be in that channel: the user's DM with the app always works.
      }
    }
    if (!posted) await client.chat.postMessage({ channel: user.viewer.slackUserId, ...message });
    for (const saved of result.created)
      await notifyAssignment(deps, { logger, workspace: user.workspace, actor: user.viewer, saved });
    await redrawHome(deps, client, { user });
    const affected = result.created.flatMap((saved) => saved.affected);
    const people = affected.filter(
      (person, index) => affected.findIndex((o) => o.id === person.id) === index,
    );
    await publishHomesOf(deps, client, { logger, workspace: user.workspace, people });
  });
}
