import { requireAdmin } from '../../../domain/activity-types/require-admin';
import type { Viewer } from '../../../domain/viewer';
import type { TokensSectionData } from '../../views/admin/tokens-section';
import type { ListenerDeps } from '../deps';

/** The API tokens section's data for the admin modal; refuses (admin_only) anyone who is not an admin. */
export async function tokensForAdminModal(
  deps: Pick<ListenerDeps, 'apiTokens'>,
  viewer: Viewer | null,
  page: number,
): Promise<TokensSectionData> {
  requireAdmin(viewer);
  const tokens = await deps.apiTokens.list(viewer);
  return { tokens, page, time: { locale: viewer.locale, timezone: viewer.timezone } };
}
