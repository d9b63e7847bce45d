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

export function decodeHomeState(metadata: string | undefined): AdminHomeState {
  const parsed = parse(metadata);
  return { page: wholeNumber(parsed.page) ?? 0 };
}

export function decodeTypeFormState(metadata: string | undefined): TypeFormState {
  const parsed = parse(metadata);
  return {
    page: wholeNumber(parsed.page) ?? 0,
    listViewId: typeof parsed.listViewId === 'string' ? parsed.listViewId : '',
    listHash: typeof parsed.listHash === 'string' ? parsed.listHash : '',
    typeId: wholeNumber(parsed.typeId),
  };
}

function parse(metadata: string | undefined): Record<string, unknown> {
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
