import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { SUBJECT_MAX } from '../../../domain/activities/activity-input';
import type { ActivityType } from '../../../domain/activity-types/activity-type';
import { nameIn, typeNames } from '../../../domain/activity-types/type-names';
import { type ActivityPlan, type PlanStep, RESPONSIBLE_KINDS } from '../../../domain/plans/plan';
import { PLAN_NAME_MAX, PLAN_STEPS_MAX } from '../../../domain/plans/plan-input';
import type { Messages } from '../../../i18n';
import { clip } from '../activities/activity-parts';
import { option, plain } from '../admin/admin-form';
import { PLAN_CALLBACKS, PLAN_NAME_INPUT, REMOVE_STEP, stepInputId } from './plan-ids';
import type { PlansState } from './plans-modal';

/** Empty rows under a plan's steps, to add steps with (up to the most a plan may have). */
const SPARE_ROWS = 2;

/**
 * *Add plan* (no plan) or *Edit plan*: the name and one row per step — type, subject,
 * working days after the launch, responsible (and the named employee) and *Order*, which
 * moves a step or removes it — plus empty rows for new steps. 7 blocks a row, 10 rows at
 * most: well inside a modal's 100 blocks.
 */
export function planForm(
  m: Messages,
  { plan, types, state }: { plan: ActivityPlan | null; types: ActivityType[]; state: PlansState },
): ModalView {
  const p = m.plans;
  const steps = plan?.steps ?? [];
  const rows = Math.min(PLAN_STEPS_MAX, steps.length + SPARE_ROWS);
  const blocks: KnownBlock[] = [
    {
      type: 'input',
      block_id: PLAN_NAME_INPUT,
      // Optional for Slack, so an empty name reaches us and is refused in the user's language.
      optional: true,
      label: plain(p.name),
      hint: plain(p.nameHint),
      element: {
        type: 'plain_text_input',
        action_id: PLAN_NAME_INPUT,
        max_length: PLAN_NAME_MAX,
        ...(plan ? { initial_value: plan.name } : {}),
      },
    },
    { type: 'context', elements: [{ type: 'mrkdwn', text: p.stepsIntro }] },
  ];
  for (let row = 0; row < rows; row += 1) blocks.push(...stepRow(m, { row, rows, step: steps[row], types }));
  return {
    type: 'modal',
    callback_id: PLAN_CALLBACKS.save,
    title: plain(plan ? p.editTitle : p.addTitle),
    submit: plain(m.admin.save),
    close: plain(m.admin.cancel),
    private_metadata: JSON.stringify({ ...state, planId: plan?.id }),
    blocks,
  };
}

function stepRow(
  m: Messages,
  {
    row,
    rows,
    step,
    types,
  }: { row: number; rows: number; step: PlanStep | undefined; types: ActivityType[] },
): KnownBlock[] {
  const p = m.plans;
  const typeOptions = types
    .filter((type) => !type.archived || type.id === step?.type.id)
    .slice(0, 100)
    .map((type) => option(clip(nameIn(typeNames(type), m.locale), 75), String(type.id)));
  const chosenType = typeOptions.find((o) => o.value === String(step?.type.id));
  const kinds = RESPONSIBLE_KINDS.map((kind) => option(p.kinds[kind], kind));
  const orders: PlainTextOption[] = [
    ...Array.from({ length: rows }, (_, index) => option(p.orderAt(index + 1), String(index + 1))),
    option(p.orderRemove, REMOVE_STEP),
  ];
  const id = (input: Parameters<typeof stepInputId>[1]) => stepInputId(row, input);
  return [
    { type: 'section', text: { type: 'mrkdwn', text: p.stepHeading(row + 1) } },
    {
      type: 'input',
      block_id: id('type'),
      optional: true,
      label: plain(p.type),
      element: {
        type: 'static_select',
        action_id: id('type'),
        placeholder: plain(p.typePlaceholder),
        options: typeOptions,
        ...(chosenType ? { initial_option: chosenType } : {}),
      },
    },
    {
      type: 'input',
      block_id: id('subject'),
      optional: true,
      label: plain(p.subject),
      element: {
        type: 'plain_text_input',
        action_id: id('subject'),
        max_length: SUBJECT_MAX,
        ...(step ? { initial_value: step.subject } : {}),
      },
    },
    {
      type: 'input',
      block_id: id('offset'),
      optional: true,
      label: plain(p.offset),
      hint: plain(p.offsetHint),
      // No minimum here: a negative number reaches the domain, which says why in the user's language.
      element: {
        type: 'number_input',
        action_id: id('offset'),
        is_decimal_allowed: false,
        ...(step ? { initial_value: String(step.offsetDays) } : {}),
      },
    },
    {
      type: 'input',
      block_id: id('responsible'),
      label: plain(p.responsible),
      element: {
        type: 'static_select',
        action_id: id('responsible'),
        options: kinds,
        initial_option: kinds.find((o) => o.value === (step?.responsibleKind ?? 'launcher')) ?? kinds[0],
      },
    },
    {
      type: 'input',
      block_id: id('named'),
      optional: true,
      label: plain(p.named),
      hint: plain(p.namedHint),
      element: {
        type: 'users_select',
        action_id: id('named'),
        ...(step?.named ? { initial_user: step.named.slackUserId } : {}),
      },
    },
    {
      type: 'input',
      block_id: id('order'),
      label: plain(p.order),
      element: {
        type: 'static_select',
        action_id: id('order'),
        options: orders,
        initial_option: orders[row],
      },
    },
  ];
}
