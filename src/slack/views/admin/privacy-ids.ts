/** Callback, action and block ids of data protection in `/activity admin`; listeners and views share them. */
export const PRIVACY_CALLBACKS = {
  choose: 'admin_privacy_choose',
  erase: 'admin_privacy_erase',
} as const;

export const PRIVACY_ACTIONS = {
  open: 'admin_privacy_open',
  /** Its own picker (not the shared one): admins must find archived persons too. */
  personPicker: 'admin_privacy_person',
} as const;

export const PRIVACY_INPUTS = {
  person: 'admin_privacy_person',
  action: 'admin_privacy_action',
} as const;

export type PrivacyChoice = 'export' | 'erase';
