/** Callback, block and action ids of the contact surfaces, shared by views and listeners. */
export const CONTACT_CALLBACKS = {
  newContact: 'contact_new',
  editPerson: 'contact_edit_person',
  editOrganization: 'contact_edit_organization',
} as const;

export const CONTACT_ACTIONS = {
  kind: 'contact_kind',
  openNew: 'contact_open_new',
  showPerson: 'contact_show_person',
  showOrganization: 'contact_show_organization',
  editPerson: 'contact_edit_person',
  editOrganization: 'contact_edit_organization',
  restorePerson: 'contact_restore_person',
  restoreOrganization: 'contact_restore_organization',
  /** Another page of an organization's persons, on its card: `:<page>` appended. */
  organizationPersons: 'contact_organization_persons',
  /** Registered by the activities part of the app. */
  logActivityForPerson: 'activity_log_for_person',
  listActivitiesForPerson: 'activity_list_for_person',
  listActivitiesForOrganization: 'activity_list_for_organization',
} as const;

/**
 * Slack wants action ids unique within a message, and a result list shows the
 * same buttons for several contacts: the contact id is appended after a colon.
 */
export function rowActionId(action: string, id: number): string {
  return `${action}:${id}`;
}

/** Matches an action id with or without the row suffix. */
export function actionPattern(action: string): RegExp {
  return new RegExp(`^${action}(:\\d+)?$`);
}

/**
 * Input blocks of the contact forms; errors are reported against these ids. Each
 * plain input's action id is its block id (action ids are unique within a view).
 */
export const CONTACT_BLOCKS = {
  kind: 'contact_kind',
  name: 'contact_name',
  email: 'contact_email',
  phone: 'contact_phone',
  organization: 'contact_organization',
  newOrganization: 'contact_new_organization',
  orgNumber: 'contact_org_number',
  externalId: 'contact_external_id',
  archived: 'contact_archived',
  leaveOrganization: 'contact_leave_organization',
} as const;

export const ARCHIVED_VALUE = 'archived';
export const LEAVE_VALUE = 'leave';

export type ContactKind = 'person' | 'organization';
