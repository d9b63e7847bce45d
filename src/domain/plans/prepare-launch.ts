import type { PersonSummaries } from '../activities/activity-ports';
import { visibleTo } from '../activities/activity-visibility';
import type { ActingContext } from '../activities/resolve-activity-input';
import { workCalendar } from '../calendar/work-calendar';
import type { Clock } from '../clock';
import type { LaunchDraft } from './launch-draft';
import type { ActivityPlan } from './plan';
import { isLocalDate, localToday, stepDate } from './plan-dates';
import { noPlans, planNotFound } from './plan-errors';
import type { Plans } from './plans-ports';

/**
 * The launch view's contents (product §3.7): the chosen plan (the first one when none is
 * chosen), the person, the launch date (today on the launcher's clock by default) and each
 * step with its date and its responsible prefilled — the launcher, the person's usual
 * responsible (the launcher when they have none) or the named employee.
 */
export class PrepareLaunch {
  constructor(private readonly deps: { plans: Plans; persons: PersonSummaries; clock: Clock }) {}

  async execute(
    acting: ActingContext,
    chosen: { planId?: number | null; personId?: number | null; launchDate?: string | null },
  ): Promise<LaunchDraft> {
    const { workspace, viewer } = acting;
    const { plans, persons, clock } = this.deps;
    const launchable = (await plans.list(workspace.id)).filter(isLaunchable);
    if (launchable.length === 0) throw noPlans();
    const plan =
      chosen.planId == null ? launchable[0]! : launchable.find((candidate) => candidate.id === chosen.planId);
    if (!plan) throw planNotFound();
    const found = chosen.personId == null ? null : await persons.find(workspace.id, chosen.personId);
    const person = found && !found.archived ? { id: found.id, name: found.name } : null;
    const usual = person ? await plans.usualResponsible(visibleTo(viewer), person.id) : null;
    const launchDate =
      chosen.launchDate && isLocalDate(chosen.launchDate)
        ? chosen.launchDate
        : localToday(clock.now(), viewer.timezone);
    const dates = { timezone: viewer.timezone, calendar: workCalendar(workspace) };
    return {
      plans: launchable.map(({ id, name }) => ({ id, name })),
      plan: { id: plan.id, name: plan.name },
      person,
      launchDate,
      steps: plan.steps.map((step) => ({
        position: step.position,
        typeNames: step.type.names,
        subject: step.subject,
        offsetDays: step.offsetDays,
        date: stepDate(launchDate, step.offsetDays, dates),
        responsibleKind: step.responsibleKind,
        responsibleSlackUserId:
          step.responsibleKind === 'named'
            ? (step.named?.slackUserId ?? null)
            : step.responsibleKind === 'usual'
              ? (usual ?? viewer.slackUserId)
              : viewer.slackUserId,
      })),
    };
  }
}

export const isLaunchable = (plan: ActivityPlan) => !plan.archived && plan.steps.length > 0;
