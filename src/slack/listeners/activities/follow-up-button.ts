import { workCalendar } from '../../../domain/calendar/work-calendar';
import { modalTrigger } from '../../open-modal';
import type { ListenerDeps } from '../deps';
import { formButton } from './form-button';
import { openLogForm } from './open-activity-form';

/** *Plan follow-up* on a completed activity: a new form about the same person, prefilled (product §3.2). */
export const followUpButton = (deps: ListenerDeps) =>
  formButton(deps, async (user, record, args) => {
    const suggestion = await deps.activities.suggestFollowUp.execute(
      user.viewer,
      record,
      workCalendar(user.workspace),
    );
    await openLogForm(deps, modalTrigger(args), {
      user,
      channelId: args.body.channel?.id,
      prefill: suggestion,
    });
  });
