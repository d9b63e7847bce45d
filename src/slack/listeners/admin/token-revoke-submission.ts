import { requireAdmin } from '../../../domain/activity-types/require-admin';
import { escapeMrkdwn } from '../../views/mrkdwn';
import { adminConfirmation } from './admin-confirmation';
import type { AdminDeps } from './admin-screen';

/**
 * *Revoke* in the token's confirmation. The API refuses the token from its next request on
 * (the revocation is a database write every replica reads); a token revoked meanwhile is
 * said at the top of the admin modal.
 */
export const tokenRevokeSubmission = (deps: AdminDeps) =>
  adminConfirmation(deps, 'tokenId', async ({ viewer, m }, tokenId) => {
    requireAdmin(viewer);
    const revoked = await deps.apiTokens.revoke(viewer, tokenId);
    return { tone: 'done', mrkdwn: m.api.tokens.revoked(escapeMrkdwn(revoked.name)) };
  });
