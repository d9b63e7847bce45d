/**
 * What the admin modal and its forms remember between clicks, in `private_metadata`:
 * which page of types is shown, and for a pushed form, which list to refresh after it.
 */
export interface AdminHomeState {
  page: number;
}

export interface TypeFormState extends AdminHomeState {
  /** The admin modal under the form; it is refreshed when the form is saved. */
  listViewId: string;
  listHash: string;
  typeId?: number;
}

export function encodeState(state: AdminHomeState | TypeFormState): string {
  return JSON.stringify(state);
}

/** Which admin modal a form was pushed over, to redraw it when the form closes. */
export function listPlace(parsed: Record<string, unknown>): { listViewId: string; listHash: string } {
  return {
    listViewId: typeof parsed.listViewId === 'string' ? parsed.listViewId : '',
    listHash: typeof parsed.listHash === 'string' ? parsed.listHash : '',
  };
}

export function decodeHomeState(metadata: string | undefined): AdminHomeState {
  const parsed = parseMetadata(metadata);
  return { page: wholeNumber(parsed.page) ?? 0 };
}

export function decodeTypeFormState(metadata: string | undefined): TypeFormState {
  const parsed = parseMetadata(metadata);
  return {
    page: wholeNumber(parsed.page) ?? 0,
    ...listPlace(parsed),
    typeId: wholeNumber(parsed.typeId),
  };
}

/** The admin modal's and its forms' private_metadata as an object; anything else reads as empty. */
export function parseMetadata(metadata: string | undefined): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(metadata ?? '');
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function wholeNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}
