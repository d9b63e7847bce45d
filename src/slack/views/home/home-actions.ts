import { activityButtonIds } from '../activity-button-ids';

/**
 * Buttons of App Home. Action ids end with the activity's number, as Slack wants
 * them unique within the view and the Home lists many activities.
 */
export const HOME_ACTIONS = {
  log: 'home_log_activity',
  done: 'home_done',
  start: 'home_start',
  edit: 'home_edit',
  snooze: 'home_snooze',
} as const;

export type HomeItemAction = Exclude<keyof typeof HOME_ACTIONS, 'log'>;

export const { actionId: homeActionId, pattern: homeActionPattern } =
  activityButtonIds<HomeItemAction>(HOME_ACTIONS);

/** The activity a Home button acts on, from its action id. */
export function homeActivityId(actionId: string): number {
  return Number(actionId.split(':').at(-1));
}
