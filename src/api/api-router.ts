import { Router } from 'express';
import { messages } from '../i18n';
import type { ApiDeps } from './api-deps';
import type { ApiRouteContext, ApiRouteModule } from './api-route-context';
import { provideGate } from './auth';
import { defineRoute, type RouteTarget } from './define-route';
import { OpenApiRegistry } from './openapi/registry';
import { apiErrorHandler, problem, problemLocale } from './problem';
import { activityRoutes } from './routes/activities';
import { importRoutes } from './routes/import';
import { messageRoutes } from './routes/messages';
import { openApiRoutes } from './routes/openapi';
import { organizationRoutes } from './routes/organizations';
import { personRoutes } from './routes/persons';
import { privacyRoutes } from './routes/privacy';

export type { ApiDeps } from './api-deps';

/**
 * The route modules of /api/v1, in order. Each registers its operations with
 * `context.route(...)` (or on `context.router` + `context.openapi` by hand).
 * Adding an area is one import and one entry here.
 */
const ROUTE_MODULES: ApiRouteModule[] = [
  activityRoutes,
  personRoutes,
  organizationRoutes,
  messageRoutes,
  importRoutes,
  privacyRoutes,
  openApiRoutes,
];

/** The registry of the last router built, for tests that compare documented and mounted routes. */
export interface BuiltApiRouter extends Router {
  openapi: OpenApiRegistry;
}

/** The REST API (product §7), mounted by src/app.ts at /api/v1 in both Slack modes. */
export function apiRouter(deps: ApiDeps): BuiltApiRouter {
  const router = Router() as BuiltApiRouter;
  const openapi = new OpenApiRegistry();
  router.openapi = openapi;
  router.use(provideGate(deps.gate));
  const target: RouteTarget = { router, openapi, idempotency: deps.idempotency };
  const context: ApiRouteContext = {
    ...target,
    deps,
    route: (op, handler) => defineRoute(target, op, handler),
  };
  for (const register of ROUTE_MODULES) register(context);
  router.use((req, res) => {
    const m = messages(problemLocale(req, res)).api.problems;
    problem(res, 404, {
      type: 'not-found',
      title: m.noRouteTitle,
      detail: m.noRouteDetail(req.method, req.path),
    });
  });
  router.use(apiErrorHandler((error) => deps.logger.error({ err: error }, 'unexpected error in the API')));
  return router;
}
