import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ApiScope } from '../domain/api-tokens/api-scopes';
import type { Workspace } from '../domain/workspaces/workspace';
import { messages } from '../i18n';
import { ApiProblem, problemLocale } from './problem';

export type { ApiScope } from '../domain/api-tokens/api-scopes';
export { API_SCOPES } from '../domain/api-tokens/api-scopes';

/** The token a request was made with: who acts for an API call (there is no Slack user). */
export interface ApiTokenIdentity {
  id: number;
  name: string;
  scopes: ApiScope[];
}

/** What `requireScope` leaves in `res.locals.api` for the handlers after it. */
export interface ApiContext {
  workspace: Workspace;
  token: ApiTokenIdentity;
}

/** Checks bearer secrets and per-token rate; the router puts one in res.locals for requireScope. */
export interface ApiGate {
  authenticate(secret: string): Promise<ApiContext | null>;
  /** Takes one request from the token's allowance; when none is left, how long to wait. */
  take(tokenId: number): { allowed: true } | { allowed: false; retryAfterSeconds: number };
  /** The token was used: only for requests that passed authentication, rate and scope. */
  recordUse(tokenId: number): void;
}

const GATE_KEY = 'apiGate';

/** Used by apiRouter: makes the gate reachable for every requireScope below it. */
export function provideGate(gate: ApiGate): RequestHandler {
  return (_req, res, next) => {
    res.locals[GATE_KEY] = gate;
    next();
  };
}

function bearerSecret(req: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  return match?.[1] ?? null;
}

/**
 * 401 for a missing, unknown or revoked token; 429 when the token is over its
 * rate; 403 when it lacks one of `scopes`. All before any body is read, so a
 * refused request changes nothing, not even the token's last use. After it,
 * `apiContext(res)` is set.
 */
export function requireScope(...scopes: ApiScope[]): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const gate = res.locals[GATE_KEY] as ApiGate | undefined;
    if (!gate) throw new Error('requireScope used outside apiRouter');
    const m = messages(problemLocale(req, res)).api.problems;
    const secret = bearerSecret(req);
    const context = secret ? await gate.authenticate(secret) : null;
    if (!context) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="touchbase"');
      throw new ApiProblem(401, {
        type: 'unauthorized',
        title: m.unauthorizedTitle,
        detail: secret ? m.unauthorizedUnknown : m.unauthorizedMissing,
      });
    }
    res.locals.api = context;
    const rate = gate.take(context.token.id);
    if (!rate.allowed) {
      throw new ApiProblem(
        429,
        {
          type: 'rate-limited',
          title: m.rateLimitedTitle,
          detail: m.rateLimitedDetail(rate.retryAfterSeconds),
        },
        { 'Retry-After': String(rate.retryAfterSeconds) },
      );
    }
    const missing = scopes.filter((scope) => !context.token.scopes.includes(scope));
    if (missing.length > 0) {
      throw new ApiProblem(403, {
        type: 'insufficient-scope',
        title: m.forbiddenTitle,
        detail: m.forbiddenDetail(missing.join(', ')),
      });
    }
    gate.recordUse(context.token.id);
    next();
  };
}

/** The authenticated token and its workspace; only valid after requireScope. */
export function apiContext(res: Response): ApiContext {
  const context = res.locals.api as ApiContext | undefined;
  if (!context) throw new Error('apiContext read before requireScope');
  return context;
}
