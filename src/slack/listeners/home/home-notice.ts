import type { ActivityRecord } from '../../../domain/activities/activity-record';

/** What the user just did, on top of their Home. */
export interface HomeNotice {
  text: string;
  /** The activity the notice says was just completed (it gets *Plan follow-up*). */
  completed?: ActivityRecord;
}
