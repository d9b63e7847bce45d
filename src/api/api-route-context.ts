import type { ApiDeps } from './api-deps';
import type { BoundRoute, RouteTarget } from './define-route';

/**
 * What a route module gets: where to register, and the services to call. Its own
 * module, so route modules import it rather than the router that imports them.
 */
export interface ApiRouteContext extends RouteTarget {
  deps: ApiDeps;
  /** defineRoute bound to this router and registry: one declaration → express route + OpenAPI operation. */
  route: BoundRoute;
}

export type ApiRouteModule = (context: ApiRouteContext) => void;
