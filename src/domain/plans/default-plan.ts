import { type Locale, messages } from '../../i18n';
import type { ResponsibleKind } from './plan';

/** A step of a starting plan, its type named by the built-in type's key. */
export interface DefaultPlanStep {
  typeKey: string;
  subject: string;
  offsetDays: number;
  responsibleKind: ResponsibleKind;
}

/**
 * product §3.7: the plan a new workspace starts with, named in the workspace's language —
 * "New customer" / "Ny kund": a welcome call on the day, a visit after 14 working days and a
 * follow-up e-mail after 30. The activity_plans migration gives existing workspaces the same.
 */
export function defaultPlan(locale: Locale): { name: string; steps: DefaultPlanStep[] } {
  const d = messages(locale).plans.defaultPlan;
  return {
    name: d.name,
    steps: [
      { typeKey: 'OUTGOING_CALL', subject: d.welcomeCall, offsetDays: 0, responsibleKind: 'launcher' },
      { typeKey: 'VISIT', subject: d.visit, offsetDays: 14, responsibleKind: 'launcher' },
      { typeKey: 'EMAIL', subject: d.followUpEmail, offsetDays: 30, responsibleKind: 'launcher' },
    ],
  };
}
