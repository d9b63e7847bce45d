import type { Messages } from '../../i18n';
import type { ActivityInput } from '../activities/activity-input';
import type { PersonSummaries } from '../activities/activity-ports';
import type { SavedActivity } from '../activities/assignment-notice';
import type { CreateActivity } from '../activities/create-activity';
import type {
  ActingContext,
  ActivityInputResolver,
  ResolvedActivity,
} from '../activities/resolve-activity-input';
import { isTimeZone } from '../calendar/local-time';
import { workCalendar } from '../calendar/work-calendar';
import type { Clock } from '../clock';
import type { EmployeeService } from '../employees/employee-service';
import { type FieldMessages, ValidationError } from '../validation-error';
import type { PlanStep } from './plan';
import { isLocalDate, stepDate, stepStart } from './plan-dates';
import { planNotFound } from './plan-errors';
import type { Plans } from './plans-ports';
import { isLaunchable } from './prepare-launch';

/** What the launcher confirmed: the plan, the person, the date and each step's responsible, in step order. */
export interface LaunchRequest {
  planId: number;
  personId: number | null;
  launchDate: string;
  responsibleSlackUserIds: (string | null)[];
}

/** Fields a refused launch is reported against: the person, the date, or a step (0-based, in plan order). */
export type LaunchField = 'person' | 'launchDate' | 'plan' | `step.${number}`;

export interface LaunchResult {
  plan: { id: number; name: string };
  created: SavedActivity[];
}

type Text = (m: Messages) => string;

/**
 * product §3.7: launches a plan on a person — every step becomes an activity through the
 * ordinary create path (checks, history, visibility, reminders), all in one transaction.
 * Each step's date counts from the launch date on the launcher's calendar; its start is the
 * working-day start on that date in its responsible's time zone.
 * All or nothing: every step is checked first, and a step that cannot be created (an
 * archived type, a responsible who left, the person gone) refuses the whole launch, naming
 * the step, before anything is written.
 */
export class LaunchPlan {
  constructor(
    private readonly deps: {
      plans: Plans;
      persons: PersonSummaries;
      resolver: ActivityInputResolver;
      create: CreateActivity;
      employees: EmployeeService;
      clock: Clock;
    },
  ) {}

  async execute(acting: ActingContext, request: LaunchRequest): Promise<LaunchResult> {
    const { plans, clock } = this.deps;
    const { workspace, viewer } = acting;
    const plan = await plans.find(workspace.id, request.planId);
    if (!plan || !isLaunchable(plan)) throw planNotFound();
    // The form lists one responsible per step: a plan edited since it was drawn is drawn again first.
    if (request.responsibleSlackUserIds.length !== plan.steps.length)
      throw new ValidationError<LaunchField>({ plan: (m) => m.plans.errors.planChanged });
    if (request.personId === null)
      throw new ValidationError<LaunchField>({ person: (m) => m.plans.errors.personRequired });
    if (!isLocalDate(request.launchDate))
      throw new ValidationError<LaunchField>({ launchDate: (m) => m.plans.errors.dateInvalid });
    const person = await this.deps.persons.find(workspace.id, request.personId);
    const now = clock.now();
    const dates = { timezone: viewer.timezone, calendar: workCalendar(workspace) };
    const zones = await this.responsibleZones(acting, request.responsibleSlackUserIds);
    const inputs = plan.steps.map((step, index): ActivityInput => {
      const date = stepDate(request.launchDate, step.offsetDays, dates);
      return {
        personId: request.personId,
        linkOrganization: person?.organization != null,
        typeId: step.type.id,
        subject: step.subject,
        startAt: stepStart(date, {
          timezone: zones[index]!,
          workDayStartMinute: workspace.workDayStartMinute,
          now,
        }),
        responsibleSlackUserId: request.responsibleSlackUserIds[index] ?? null,
      };
    });
    const checked = await this.checkAll(acting, { steps: plan.steps, inputs, now });
    const created = await plans.inTransaction(async (tx) => {
      const saved: SavedActivity[] = [];
      for (const [index, input] of inputs.entries())
        saved.push(await this.deps.create.execute(acting, input, { checked: checked[index]!, within: tx }));
      return saved;
    });
    return { plan: { id: plan.id, name: plan.name }, created };
  }

  /**
   * product §3.7: a step starts on its responsible's clock (a New York colleague's step at
   * 08:00 in New York, not 08:00 in the launcher's Stockholm); the launcher's zone when the
   * responsible is unknown or has no usable zone — such a step is refused by the check anyway.
   */
  private async responsibleZones(acting: ActingContext, slackUserIds: (string | null)[]): Promise<string[]> {
    const { workspace, viewer } = acting;
    const zoneOf = async (slackUserId: string | null) => {
      if (slackUserId === null || slackUserId.trim() === '') return viewer.timezone;
      const employee = await this.deps.employees.resolve(workspace, slackUserId);
      return employee && isTimeZone(employee.timezone) ? employee.timezone : viewer.timezone;
    };
    return Promise.all(slackUserIds.map(zoneOf));
  }

  /** Every step checked as the form would check it; any problem refuses the launch, each named by its step. */
  private async checkAll(
    acting: ActingContext,
    { steps, inputs, now }: { steps: PlanStep[]; inputs: ActivityInput[]; now: Date },
  ): Promise<ResolvedActivity[]> {
    const errors: FieldMessages<LaunchField> = {};
    const resolved: ResolvedActivity[] = [];
    for (const [index, input] of inputs.entries()) {
      try {
        resolved.push(await this.deps.resolver.resolve(acting, input, { current: null, now }));
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const step = steps[index]!;
        const reasons = Object.values(error.fields) as Text[];
        errors[`step.${index}`] = (m) =>
          m.plans.errors.stepRefused(
            step.position,
            step.subject,
            reasons.map((reason) => reason(m)).join(' '),
          );
      }
    }
    if (Object.keys(errors).length > 0) throw new ValidationError<LaunchField>(errors);
    return resolved;
  }
}
