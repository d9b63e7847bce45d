import { adminListIds } from '../admin/admin-list-ids';

/** Callback, action and block ids of the Plans section, its form and the launch view (product §3.7). */
export const PLAN_CALLBACKS = {
  home: 'admin_plans',
  save: 'admin_plan_save',
  launch: 'plan_launch',
} as const;

export const PLAN_LIST = adminListIds('plan', 'plans');

/** *Manage plans…* in the admin modal, which pushes the plans modal. */
export const PLAN_ACTIONS = { open: 'admin_plans_open' } as const;

export const PLAN_MENU_OPERATIONS = ['edit', 'archive', 'restore'] as const;

export const PLAN_NAME_INPUT = 'plan_name';

export const STEP_INPUTS = ['type', 'subject', 'offset', 'responsible', 'named', 'order'] as const;
export type StepInput = (typeof STEP_INPUTS)[number];

/** A step row's input; each input's action_id is its block_id (unique within the view). */
export const stepInputId = (row: number, input: StepInput) => `plan_step.${row}.${input}`;

/** The value of *Order* that leaves a step out. */
export const REMOVE_STEP = 'remove';

/** Starting a plan: the button on the person card and in the Log activity form, and the launch view's inputs. */
export const LAUNCH_ACTIONS = {
  fromCard: 'plan_launch_for_person',
  fromForm: 'plan_launch_from_form',
  plan: 'plan_launch_plan',
  date: 'plan_launch_date',
} as const;

/** The launch view's inputs carry its revision, so a redraw shows the new initial values (see formBlockId). */
export const launchBlockId = (input: 'plan' | 'person' | 'date' | `step${number}`, revision: number) =>
  `plan_launch.${revision}.${input}`;
