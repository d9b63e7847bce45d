import { listPlace, parseMetadata, wholeNumber } from './admin-metadata';
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

/** What the privacy forms remember: the admin modal under them, and the person being erased. */
export interface PrivacyFormState {
  listViewId: string;
  listHash: string;
  page: number;
  teamsPage: number;
  personId?: number;
}

export function encodePrivacyState(state: PrivacyFormState): string {
  return JSON.stringify(state);
}

export function decodePrivacyState(metadata: string | undefined): PrivacyFormState {
  const parsed = parseMetadata(metadata);
  return {
    ...listPlace(parsed),
    page: wholeNumber(parsed.page) ?? 0,
    teamsPage: wholeNumber(parsed.teamsPage) ?? 0,
    personId: wholeNumber(parsed.personId),
  };
}
