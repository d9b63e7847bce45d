import { createHash, timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Request, Router } from 'express';
import type { Env } from '../config/env';
import type { Metrics } from '../observability/metrics';

/** Where /metrics is served, from METRICS_PORT and METRICS_TOKEN. */
export interface MetricsPlacement {
  /** On the app's public port (PORT). */
  onAppPort: boolean;
  /** On a port of its own; null when not. */
  separatePort: number | null;
  /** Asked for as `Authorization: Bearer …` wherever /metrics is served. */
  token: string | undefined;
}

/**
 * Metrics tell anyone who can read them how busy the app is and which Slack calls
 * fail, so they are never on the public port by default: METRICS_PORT puts them on
 * a port of their own (or on PORT, when it names that very port: 0 means "any free
 * port", never "the same"), METRICS_TOKEN puts them behind a bearer token.
 */
export function metricsPlacement(
  env: Pick<Env, 'PORT' | 'METRICS_PORT' | 'METRICS_TOKEN'>,
): MetricsPlacement {
  const token = env.METRICS_TOKEN;
  if (env.METRICS_PORT === undefined) return { onAppPort: token !== undefined, separatePort: null, token };
  const sameAsApp = env.METRICS_PORT === env.PORT && env.PORT !== 0;
  return { onAppPort: sameAsApp, separatePort: sameAsApp ? null : env.METRICS_PORT, token };
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function bearerMatches(req: Request, token: string): boolean {
  const given = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
  // Digests of equal length, so the comparison takes the same time whatever was sent.
  return given !== undefined && timingSafeEqual(sha256(given), sha256(token));
}

/** GET /metrics in Prometheus format; 401 without the right bearer token when one is set. */
export function metricsRoute(metrics: Metrics, token: string | undefined): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (token !== undefined && !bearerMatches(req, token)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res.status(401).send();
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}

/** A server that answers /metrics and nothing else, on METRICS_PORT. */
export function serveMetrics(metrics: Metrics, port: number, token: string | undefined): Promise<Server> {
  const web = express();
  web.disable('x-powered-by');
  web.use(metricsRoute(metrics, token));
  return new Promise((resolve, reject) => {
    const server = web.listen(port, () => resolve(server));
    server.once('error', reject);
  });
}

/** The port /metrics answers on once everything listens, or null when it is not served. */
export function servedMetricsPort(
  placement: MetricsPlacement,
  appPort: number,
  metricsServer: Server | undefined,
): number | null {
  if (metricsServer) return (metricsServer.address() as AddressInfo).port;
  return placement.onAppPort ? appPort : null;
}
