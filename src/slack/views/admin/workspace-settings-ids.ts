import { listPlace, parseMetadata, wholeNumber } from './admin-metadata';

/** Callback, action and block ids of Workspace settings in `/activity admin`; listeners and views share them. */
export const WORKSPACE_SETTINGS_CALLBACK = 'admin_workspace_settings';

export const WORKSPACE_SETTINGS_ACTIONS = {
  open: 'admin_workspace_settings_open',
} as const;

/** Each input's action_id is its block_id (action ids are unique within a view). */
export const WORKSPACE_INPUTS = {
  locale: 'ws_locale',
  timezone: 'ws_timezone',
  holidayCountry: 'ws_holiday_country',
  workDayStartMinute: 'ws_work_day_start',
  workDayEndMinute: 'ws_work_day_end',
  workDays: 'ws_work_days',
} as const;

/** The value of the holiday country "None". */
export const NO_HOLIDAY_COUNTRY = 'none';

/** What the form remembers: the admin modal under it, redrawn when the form is saved. */
export interface WorkspaceFormState {
  listViewId: string;
  listHash: string;
  page: number;
}

export function encodeWorkspaceFormState(state: WorkspaceFormState): string {
  return JSON.stringify(state);
}

export function decodeWorkspaceFormState(metadata: string | undefined): WorkspaceFormState {
  const parsed = parseMetadata(metadata);
  return { ...listPlace(parsed), page: wholeNumber(parsed.page) ?? 0 };
}
