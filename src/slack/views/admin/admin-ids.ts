/**
 * Callback, action and block ids of the admin modal and its forms. The listeners
 * register on these and the views put them on screen, so both import them from here.
 */
export const ADMIN_CALLBACKS = {
  home: 'admin_home',
  addType: 'admin_type_add',
  renameType: 'admin_type_rename',
  typeDefaults: 'admin_type_defaults',
} as const;

export const ADMIN_ACTIONS = {
  addType: 'admin_type_add_open',
  typesPreviousPage: 'admin_types_page_previous',
  typesNextPage: 'admin_types_page_next',
} as const;

/** One overflow menu per type; Slack wants action ids unique within a view. */
export const TYPE_MENU_PREFIX = 'admin_type_menu:';
export const TYPE_MENU_PATTERN = /^admin_type_menu:\d+$/;
export const TYPES_PAGE_PATTERN = /^admin_types_page_(previous|next)$/;

export type TypeMenuOperation = 'rename' | 'defaults' | 'up' | 'down' | 'archive' | 'unarchive';

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

export function typeMenuValue(operation: TypeMenuOperation, typeId: number): string {
  return `${operation}:${typeId}`;
}

export function parseTypeMenuValue(value: string): { operation: TypeMenuOperation; typeId: number } | null {
  const match = /^(rename|defaults|up|down|archive|unarchive):(\d+)$/.exec(value);
  if (!match) return null;
  return { operation: match[1] as TypeMenuOperation, typeId: Number(match[2]) };
}
