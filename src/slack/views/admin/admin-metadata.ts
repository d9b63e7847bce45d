/**
 * What the admin modal and the forms pushed over it remember between clicks, in
 * `private_metadata`: the page each list of the modal is on, and for a form, which modal
 * to redraw (on those pages) when it closes and which item (type, team, token, person) it is about.
 */
export interface AdminPages {
  /** Page of the activity types (0-based). */
  page: number;
  teamsPage: number;
  tokensPage: number;
}

export const FIRST_PAGES: AdminPages = { page: 0, teamsPage: 0, tokensPage: 0 };

/** A form pushed over the admin modal: that modal, redrawn on its pages when the form closes. */
export interface AdminFormState extends AdminPages {
  listViewId: string;
  listHash: string;
}

/** The key a form keeps its item's id under: `typeId`, `teamId`, `tokenId`, `personId`. */
export type ItemKey = 'typeId' | 'teamId' | 'tokenId' | 'personId';

export type ItemFormState<K extends ItemKey> = AdminFormState & { [key in K]?: number };

export function encodeState(state: AdminPages | ItemFormState<ItemKey>): string {
  return JSON.stringify(state);
}

/** The admin modal's pages as its metadata (or a form's) has them; missing ones are the first. */
export function adminPagesOf(metadata: string | undefined): AdminPages {
  const parsed = parseMetadata(metadata);
  return {
    page: wholeNumber(parsed.page) ?? 0,
    teamsPage: wholeNumber(parsed.teamsPage) ?? 0,
    tokensPage: wholeNumber(parsed.tokensPage) ?? 0,
  };
}

/** A form's state: the modal under it, and the id of its item under `key` when it has one. */
export function decodeFormState<K extends ItemKey>(metadata: string | undefined, key: K): ItemFormState<K>;
export function decodeFormState(metadata: string | undefined): AdminFormState;
export function decodeFormState(metadata: string | undefined, key?: ItemKey): AdminFormState {
  const parsed = parseMetadata(metadata);
  return {
    ...adminPagesOf(metadata),
    listViewId: typeof parsed.listViewId === 'string' ? parsed.listViewId : '',
    listHash: typeof parsed.listHash === 'string' ? parsed.listHash : '',
    ...(key ? { [key]: wholeNumber(parsed[key]) } : {}),
  };
}

/** The admin modal's and its forms' private_metadata as an object; anything else reads as empty. */
function parseMetadata(metadata: string | undefined): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(metadata ?? '');
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function wholeNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}
