import type { TypeNames } from '../activity-types/type-names';
import type { ResponsibleKind } from './plan';

/** One step of a launch as the launch view shows it, before the launcher confirms. */
export interface LaunchStepDraft {
  position: number;
  typeNames: TypeNames;
  subject: string;
  offsetDays: number;
  /** YYYY-MM-DD: the working day the step falls on. */
  date: string;
  responsibleKind: ResponsibleKind;
  /** Prefilled from the step's kind; null when nobody could be found (the launcher then chooses). */
  responsibleSlackUserId: string | null;
}

/** What launching a plan on a person would create (product §3.7). */
export interface LaunchDraft {
  /** The plans that can be launched (active, with steps), to choose from. */
  plans: { id: number; name: string }[];
  plan: { id: number; name: string };
  person: { id: number; name: string } | null;
  launchDate: string;
  steps: LaunchStepDraft[];
}
