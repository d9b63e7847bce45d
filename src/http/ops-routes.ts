import { Router } from 'express';
import type { Metrics } from '../observability/metrics';

const KNOWN_ROUTES = new Set(['/healthz', '/readyz', '/metrics', '/slack/events']);

export interface Readiness {
  databaseReady(): Promise<boolean>;
  slackReady(): boolean;
  /**
   * Distributed mode: installs whose token Slack refused to refresh. Shown, but the replica stays
   * ready: the other workspaces are served.
   */
  needingReinstall?(): Promise<string[] | null>;
}

/**
 * /healthz: the process lives. /readyz: the database answers and Slack accepted
 * our token, so a load balancer only sends work we can do. Every request here is
 * timed; /metrics itself is metrics-routes.ts, served where METRICS_PORT says.
 */
export function opsRoutes(readiness: Readiness, metrics: Metrics): Router {
  const router = Router();
  router.use((req, res, next) => {
    // Known routes by name, anything else as one label: scanners must not grow the series.
    const route = KNOWN_ROUTES.has(req.path) ? req.path : 'other';
    const stop = metrics.httpRequestSeconds.startTimer({ route });
    res.on('finish', () => stop({ status: String(res.statusCode) }));
    next();
  });
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const database = await readiness.databaseReady();
    const slack = readiness.slackReady();
    const reinstall = database ? await readiness.needingReinstall?.().catch(() => null) : null;
    res.status(database && slack ? 200 : 503).json({
      status: database && slack ? 'ready' : 'not ready',
      database: database ? 'ok' : 'unreachable',
      slack: slack ? 'ok' : 'not authenticated',
      ...(reinstall ? { installsNeedingReinstall: reinstall } : {}),
    });
  });
  return router;
}
