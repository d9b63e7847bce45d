import { decodeTokenFormState, type TokenFormState } from '../../views/admin/token-ids';

/** The admin modal's pages as its own metadata has them, plus which modal it is, for a form pushed on it. */
export function tokenFormStateOf(view: {
  id: string;
  hash: string;
  private_metadata: string;
}): TokenFormState {
  return { ...decodeTokenFormState(view.private_metadata), listViewId: view.id, listHash: view.hash };
}
