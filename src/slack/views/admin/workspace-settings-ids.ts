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
