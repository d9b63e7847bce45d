import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { nameIn } from '../../../domain/activity-types/type-names';
import type { LaunchDraft } from '../../../domain/plans/launch-draft';
import type { Messages } from '../../../i18n';
import { clip } from '../activities/activity-parts';
import { escapeMrkdwn } from '../mrkdwn';
import { PERSON_PICKER } from '../picker-ids';
import { localDateText } from './local-date-text';
import { LAUNCH_ACTIONS, launchBlockId, PLAN_CALLBACKS } from './plan-ids';

/** Kept in private_metadata between the opening, redraws and the submission of the launch view. */
export interface LaunchMetadata {
  revision: number;
  /** The person the plan is started for, when it came with the opening (card, command, Log form). */
  personId: number | null;
  /** Where the confirmation goes; none: a direct message. */
  channelId: string | null;
  /** Pushed over the Log activity form: a launch closes both. */
  pushed: boolean;
  /** The plan the steps were drawn for, so a submission of a redrawn plan can tell. */
  planId: number;
}

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });
const option = (text: string, value: string): PlainTextOption => ({ text: plain(clip(text, 75)), value });

/**
 * product §3.7's launch view: the plan (another choice redraws the steps), the person (a
 * picker when none came with the opening), the launch date (a change redraws the dates) and
 * each step with its working day and a responsible picker prefilled from the step.
 */
export function launchModal(
  m: Messages,
  { draft, metadata }: { draft: LaunchDraft; metadata: LaunchMetadata },
): ModalView {
  const l = m.plans.launch;
  const id = (input: Parameters<typeof launchBlockId>[0]) => launchBlockId(input, metadata.revision);
  const plans = draft.plans.slice(0, 100).map((plan) => option(plan.name, String(plan.id)));
  const blocks: KnownBlock[] = [
    {
      type: 'input',
      block_id: id('plan'),
      dispatch_action: true,
      label: plain(l.plan),
      element: {
        type: 'static_select',
        action_id: LAUNCH_ACTIONS.plan,
        options: plans,
        initial_option: plans.find((o) => o.value === String(draft.plan.id)) ?? plans[0],
      },
    },
  ];
  if (metadata.personId !== null && draft.person) {
    blocks.push({
      type: 'section',
      block_id: id('person'),
      text: { type: 'mrkdwn', text: `*${l.person}:* ${escapeMrkdwn(draft.person.name)}` },
    });
  } else {
    blocks.push({
      type: 'input',
      block_id: id('person'),
      dispatch_action: true,
      label: plain(l.person),
      element: {
        type: 'external_select',
        action_id: PERSON_PICKER,
        placeholder: plain(l.personPlaceholder),
        min_query_length: 1,
        ...(draft.person ? { initial_option: option(draft.person.name, String(draft.person.id)) } : {}),
      },
    });
  }
  blocks.push({
    type: 'input',
    block_id: id('date'),
    dispatch_action: true,
    label: plain(l.date),
    hint: plain(l.dateHint),
    element: { type: 'datepicker', action_id: LAUNCH_ACTIONS.date, initial_date: draft.launchDate },
  });
  draft.steps.forEach((step, index) => {
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: l.step(
          step.position,
          escapeMrkdwn(nameIn(step.typeNames, m.locale)),
          escapeMrkdwn(step.subject),
          localDateText(step.date, m.locale),
        ),
      },
    });
    blocks.push({
      type: 'input',
      block_id: id(`step${index}`),
      label: plain(l.responsible(step.position)),
      element: {
        type: 'users_select',
        action_id: `plan_launch_responsible_${index}`,
        ...(step.responsibleSlackUserId ? { initial_user: step.responsibleSlackUserId } : {}),
      },
    });
  });
  return {
    type: 'modal',
    callback_id: PLAN_CALLBACKS.launch,
    title: plain(l.title),
    submit: plain(l.submit),
    close: plain(l.cancel),
    private_metadata: JSON.stringify({ ...metadata, planId: draft.plan.id }),
    blocks,
  };
}
