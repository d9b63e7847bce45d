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
  let parsed: Record<string, unknown> = {};
  try {
    const value: unknown = JSON.parse(metadata ?? '');
    if (value && typeof value === 'object') parsed = value as Record<string, unknown>;
  } catch {
    // A missing or foreign metadata string: start from nothing.
  }
  const whole = (value: unknown) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
  return {
    listViewId: typeof parsed.listViewId === 'string' ? parsed.listViewId : '',
    listHash: typeof parsed.listHash === 'string' ? parsed.listHash : '',
    page: whole(parsed.page) ?? 0,
    teamsPage: whole(parsed.teamsPage) ?? 0,
    personId: whole(parsed.personId),
  };
}
