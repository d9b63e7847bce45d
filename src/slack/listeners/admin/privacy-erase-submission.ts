import { adminConfirmation } from './admin-confirmation';
import type { AdminDeps } from './admin-screen';

/** *Erase* in the confirmation: the erasure, then the admin modal says what went (counts only). */
export const privacyEraseSubmission = (deps: AdminDeps) =>
  adminConfirmation(deps, 'personId', async ({ viewer, m }, personId) => {
    const counts = await deps.privacy.erase.execute({ kind: 'employee', viewer }, personId);
    return { tone: 'done', mrkdwn: m.privacy.erased(counts.activities, counts.historyEntries) };
  });
