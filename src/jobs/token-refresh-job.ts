import type { RefreshOutcome, RefreshTokens } from '../domain/installations/refresh-tokens';
import { type JobHost, type ScheduledJob, scheduledJob } from './scheduled-job';

/** Every 10 minutes: tokens are refreshed hours before they expire, so a missed run costs nothing. */
export const TOKEN_REFRESH_SCHEDULE = '*/10 * * * *';

/** Distributed mode with token rotation: refreshes the tokens about to expire (product §10.3). */
export function createTokenRefreshJob(
  deps: JobHost & {
    refresh: RefreshTokens;
  },
): ScheduledJob<Record<RefreshOutcome, number>> {
  return scheduledJob(deps, {
    name: 'token-refresh',
    cron: TOKEN_REFRESH_SCHEDULE,
    runAtStart: true,
    failed: 'tokens could not be refreshed; the next run tries again',
    run: async (log) => {
      const counts = await deps.refresh.execute();
      if (counts.refreshed + counts.refused + counts.failed > 0) log.info(counts, 'token refresh run done');
      return counts;
    },
  });
}
