import type { RefreshOutcome, RefreshTokens } from '../domain/installations/refresh-tokens';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import { type ScheduledJob, scheduledJob } from './scheduled-job';

/** Every 10 minutes: tokens are refreshed hours before they expire, so a missed run costs nothing. */
export const TOKEN_REFRESH_SCHEDULE = '*/10 * * * *';

/** Distributed mode with token rotation: refreshes the tokens about to expire (product §10.3). */
export function createTokenRefreshJob(deps: {
  refresh: RefreshTokens;
  logger: Logger;
  metrics: Metrics;
}): ScheduledJob<Record<RefreshOutcome, number>> {
  return scheduledJob({
    name: 'token-refresh',
    cron: TOKEN_REFRESH_SCHEDULE,
    runAtStart: true,
    logger: deps.logger,
    metrics: deps.metrics,
    failed: 'tokens could not be refreshed; the next run tries again',
    run: async (log) => {
      const counts = await deps.refresh.execute();
      if (counts.refreshed + counts.refused + counts.failed > 0) log.info(counts, 'token refresh run done');
      return counts;
    },
  });
}
