import type { ActionsBlock, Button } from '@slack/types';
import type { Messages } from '../../../i18n';
import { LAUNCH_ACTIONS } from './plan-ids';

/** *Start plan* on a person card (product §3.7): its value is the person's id. */
export function startPlanButton(m: Messages, personId: number): Button {
  return {
    type: 'button',
    action_id: LAUNCH_ACTIONS.fromCard,
    text: { type: 'plain_text', text: m.plans.launch.fromCard },
    value: String(personId),
  };
}

/** *Start a plan…* in the Log activity form: pushes the launch view for the person chosen there. */
export function startPlanFromForm(m: Messages): ActionsBlock {
  return {
    type: 'actions',
    block_id: 'plan_launch_from_form',
    elements: [
      {
        type: 'button',
        action_id: LAUNCH_ACTIONS.fromForm,
        text: { type: 'plain_text', text: m.plans.launch.button },
      },
    ],
  };
}
