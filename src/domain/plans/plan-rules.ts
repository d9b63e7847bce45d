import type { Messages } from '../../i18n';
import { SUBJECT_MAX } from '../activities/activity-input';
import type { ActivityType } from '../activity-types/activity-type';
import type { Employee } from '../employees/employee';
import { type FieldMessages, ValidationError } from '../validation-error';
import { RESPONSIBLE_KINDS } from './plan';
import {
  OFFSET_MAX,
  PLAN_NAME_MAX,
  PLAN_STEPS_MAX,
  type PlanField,
  type PlanInput,
  stepField,
} from './plan-input';
import type { PlanFields, PlanStepFields } from './plans-ports';

type Text = (m: Messages) => string;

/** What the steps refer to, read by the caller: types by id, named employees by Slack id (null: unknown). */
export interface PlanReferences {
  types: Map<number, ActivityType | null>;
  employees: Map<string, Employee | null>;
}

const characters = (value: string) => [...value].length;

/** Bots, people who left, guests and other organizations' users are never made responsible (product §1). */
export function stepResponsibleProblem(employee: Employee): Text | undefined {
  const who = employee.name || employee.slackUserId;
  if (employee.isBot) return (m) => m.plans.errors.responsibleBot(who);
  if (employee.isDeleted) return (m) => m.plans.errors.responsibleLeft(who);
  if (employee.isRestricted || employee.isForeign) return (m) => m.plans.errors.responsibleGuest(who);
  return undefined;
}

/**
 * product §3.7: a plan needs a name and at least one step; each step an active type, a
 * subject, an offset of 0 or more working days and a responsible. Every problem is reported
 * at once, each next to its field; nothing is saved while any remains.
 */
export function checkPlanInput(input: PlanInput, found: PlanReferences): PlanFields {
  const errors: FieldMessages<PlanField> = {};
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name === '') errors.name = (m) => m.plans.errors.nameRequired;
  else if (characters(name) > PLAN_NAME_MAX) errors.name = (m) => m.plans.errors.nameTooLong(PLAN_NAME_MAX);
  if (input.steps.length === 0) errors.steps = (m) => m.plans.errors.noSteps;
  else if (input.steps.length > PLAN_STEPS_MAX)
    errors.steps = (m) => m.plans.errors.tooManySteps(PLAN_STEPS_MAX);

  const steps: PlanStepFields[] = [];
  input.steps.forEach((step, index) => {
    const at = (field: Parameters<typeof stepField>[1], text: Text) => {
      errors[stepField(index, field)] = text;
    };
    const type = step.typeId === null ? undefined : found.types.get(step.typeId);
    if (step.typeId === null) at('type', (m) => m.plans.errors.typeRequired);
    else if (!type) at('type', (m) => m.plans.errors.typeUnknown);
    else if (type.archived) at('type', (m) => m.plans.errors.typeArchived);
    const subject = step.subject.trim();
    if (subject === '') at('subject', (m) => m.plans.errors.subjectRequired);
    else if (characters(subject) > SUBJECT_MAX)
      at('subject', (m) => m.plans.errors.subjectTooLong(SUBJECT_MAX));
    if (!Number.isInteger(step.offsetDays)) at('offset', (m) => m.plans.errors.offsetRequired);
    else if (step.offsetDays < 0) at('offset', (m) => m.plans.errors.offsetNegative);
    else if (step.offsetDays > OFFSET_MAX) at('offset', (m) => m.plans.errors.offsetTooLarge(OFFSET_MAX));
    let responsibleId: number | null = null;
    if (!RESPONSIBLE_KINDS.includes(step.responsibleKind))
      at('responsible', (m) => m.plans.errors.responsibleKind);
    else if (step.responsibleKind === 'named') {
      const employee = step.namedSlackUserId ? found.employees.get(step.namedSlackUserId) : undefined;
      const problem = employee ? stepResponsibleProblem(employee) : undefined;
      if (!step.namedSlackUserId) at('responsible', (m) => m.plans.errors.namedRequired);
      else if (!employee) at('responsible', (m) => m.plans.errors.responsibleUnknown);
      else if (problem) at('responsible', problem);
      else responsibleId = employee.id;
    }
    if (type && step.typeId !== null)
      steps.push({
        typeId: step.typeId,
        subject,
        offsetDays: step.offsetDays,
        responsibleKind: step.responsibleKind,
        responsibleId,
      });
  });
  if (Object.keys(errors).length > 0) throw new ValidationError<PlanField>(errors);
  return { name, steps };
}
