import { adminListIds } from './admin-list-ids';

/**
 * Callback, action and block ids of the admin modal and its activity type forms. The
 * listeners register on these and the views put them on screen, so both import them from here.
 */
export const ADMIN_CALLBACKS = {
  home: 'admin_home',
  addType: 'admin_type_add',
  renameType: 'admin_type_rename',
  typeDefaults: 'admin_type_defaults',
} as const;

export const TYPE_LIST = adminListIds('type', 'types');

export const TYPE_MENU_OPERATIONS = ['rename', 'defaults', 'up', 'down', 'archive', 'unarchive'] as const;
export type TypeMenuOperation = (typeof TYPE_MENU_OPERATIONS)[number];

/**
 * Input block ids of the forms, keyed by the domain field they carry, so field errors land
 * next to it. Each input's action_id is its block_id: action ids must be unique in a view.
 */
export const TYPE_INPUTS = {
  nameEn: 'type_name_en',
  nameSv: 'type_name_sv',
  position: 'type_position',
  defaultSubject: 'type_default_subject',
  defaultDueDays: 'type_default_due_days',
  followUpTypeId: 'type_follow_up',
  reminderLeadMinutes: 'type_reminder_lead',
  askOutcome: 'type_ask_outcome',
  defaultDurationMinutes: 'type_duration',
} as const;

export const NO_FOLLOW_UP = 'none';
