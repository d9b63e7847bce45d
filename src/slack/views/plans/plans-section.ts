import type { KnownBlock } from '@slack/types';
import { nameIn } from '../../../domain/activity-types/type-names';
import type { ActivityPlan, PlanStep } from '../../../domain/plans/plan';
import type { Messages } from '../../../i18n';
import { adminListSection, menuItemBlock } from '../admin/admin-list-section';
import { escapeMrkdwn } from '../mrkdwn';
import { PLAN_ACTIONS, PLAN_LIST } from './plan-ids';

/** One block per plan in the plans modal; beyond 20 they page. */
export const PLANS_PER_PAGE = 20;

function whoOf(m: Messages, step: PlanStep): string {
  if (step.responsibleKind !== 'named') return m.plans.kinds[step.responsibleKind];
  return step.named ? escapeMrkdwn(step.named.name) : m.plans.kinds.named;
}

/** One plan in the admin list: its name, and each step on a line of its own. */
export function planSummary(m: Messages, plan: ActivityPlan): string {
  const title = `*${escapeMrkdwn(plan.name)}*${plan.archived ? ` ${m.plans.archivedMark}` : ''} · ${m.plans.stepCount(plan.steps.length)}`;
  const lines = plan.steps.map((step) =>
    m.plans.stepLine(
      step.offsetDays,
      escapeMrkdwn(nameIn(step.type.names, m.locale)),
      escapeMrkdwn(step.subject),
      whoOf(m, step),
    ),
  );
  return [title, ...lines].join('\n').slice(0, 3000);
}

/**
 * The Plans line of the admin modal (product §3.7): how many plans there are, and a button to
 * their own modal. One block: the admin modal's other lists already fill nearly its 100 blocks.
 */
export function plansLine(m: Messages, plans: ActivityPlan[]): KnownBlock[] {
  const active = plans.filter((plan) => !plan.archived).map((plan) => escapeMrkdwn(plan.name));
  return [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `*${m.plans.heading}*\n${active.length > 0 ? active.join(', ') : m.plans.none}`.slice(0, 3000),
      },
      accessory: {
        type: 'button',
        action_id: PLAN_ACTIONS.open,
        text: { type: 'plain_text', text: m.plans.manage },
      },
    },
  ];
}

/** The plans modal (product §3.7): each plan with its menu, and *Add plan*. */
export function plansSection(m: Messages, plans: ActivityPlan[], requestedPage: number): KnownBlock[] {
  return adminListSection({
    words: m.plans,
    ids: PLAN_LIST,
    items: plans,
    perPage: PLANS_PER_PAGE,
    page: requestedPage,
    block: (plan) =>
      menuItemBlock(PLAN_LIST, {
        id: plan.id,
        mrkdwn: planSummary(m, plan),
        menu: [
          ['edit', m.plans.menu.edit],
          plan.archived ? ['restore', m.plans.menu.restore] : ['archive', m.plans.menu.archive],
        ],
      }),
  });
}
