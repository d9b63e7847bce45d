import { createHash } from 'node:crypto';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { z } from 'zod';
import type { WithinTransaction } from '../domain/transaction';
import { type Locale, messages } from '../i18n';
import type { ApiResult } from './api-result';
import { type ApiContext, apiContext, requireScope } from './auth';
import type { IdempotencyClaim, IdempotencyStore } from './idempotency';
import type { ApiOperation, OpenApiRegistry } from './openapi/registry';
import { ApiProblem, problemLocale, RequestPartError } from './problem';
import type { TouchbaseIssue } from './schemas/common';

export const DEFAULT_BODY_LIMIT = '1mb';
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** What a request part's schema gives the handler (undefined where the route has none). */
export type Infer<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface ApiRequest<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  api: ApiContext;
  req: Request;
  res: Response;
  /** How an idempotent route stores its answer with the change it makes. */
  answer: AnswerBinding;
}

export interface AnswerBinding {
  /**
   * Work for the write's transaction that stores the answer `build` makes of what
   * was written, under the request's Idempotency-Key. The answer then commits with
   * the change, or neither does. Undefined without a key: nothing to store, so the
   * write needs no transaction for it.
   */
  storedWith<T>(build: (written: T) => ApiResult): WithinTransaction<T> | undefined;
}

/** An operation whose schemas type the handler's input. */
export type RouteOperation<P, Q, B> = Omit<ApiOperation, 'params' | 'query' | 'body'> & {
  params?: P;
  query?: Q;
  body?: Omit<NonNullable<ApiOperation['body']>, 'schema'> & { schema: B };
};

export type RouteHandler<P, Q, B> = (input: ApiRequest<Infer<P>, Infer<Q>, Infer<B>>) => Promise<ApiResult>;

/** defineRoute with its target already bound (what route modules call). */
export type BoundRoute = <
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(
  op: RouteOperation<P, Q, B>,
  handler: RouteHandler<P, Q, B>,
) => void;

/** What defineRoute needs from the router; route modules get it as part of their context. */
export interface RouteTarget {
  router: Router;
  openapi: OpenApiRegistry;
  idempotency: IdempotencyStore;
}

/** `/activities/{id}` → `/activities/:id` */
export function expressPath(openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ':$1');
}

function bodyParser(op: ApiOperation): RequestHandler {
  const limit = op.body?.limit ?? DEFAULT_BODY_LIMIT;
  const type = op.body?.contentType ?? 'application/json';
  if (type === 'application/json')
    return express.json({ limit, strict: true, type: ['application/json', 'application/*+json'] });
  return express.text({ limit, type });
}

/** Same JSON whatever the key order, so a retried request hashes the same. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestHash(req: Request): string {
  return createHash('sha256')
    .update(`${req.method} ${req.originalUrl}\n${canonical(req.body ?? null)}`)
    .digest('hex');
}

/**
 * zod's own messages in the caller's language (custom messages on a schema still win),
 * and ours for the refinements every schema shares (text PostgreSQL can store …).
 */
function zodMessages(locale: Locale): z.core.$ZodErrorMap {
  const zods = z.locales[locale]().localeError;
  const ours = messages(locale).faults.input;
  return (issue) => {
    const touchbase =
      issue.code === 'custom' ? (issue.params?.touchbase as TouchbaseIssue | undefined) : undefined;
    return touchbase ? ours[touchbase] : zods(issue);
  };
}

const ZOD_LOCALES = { sv: zodMessages('sv'), en: zodMessages('en') };

function parsePart<T extends z.ZodType | undefined>(
  part: 'params' | 'query' | 'body',
  schema: T,
  { value, locale }: { value: unknown; locale: Locale },
): Infer<T> {
  if (!schema) return undefined as Infer<T>;
  const result = schema.safeParse(value, { error: ZOD_LOCALES[locale] });
  if (!result.success) throw new RequestPartError(part, result.error);
  return result.data as Infer<T>;
}

function send(res: Response, result: ApiResult): void {
  // An ETag of our own (the version) is set here; express only adds its weak one when none is.
  for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
  if (result.body === undefined) res.status(result.status).end();
  else res.status(result.status).json(result.body);
}

/**
 * Registers one operation twice from one declaration: in the OpenAPI registry and
 * as an express route that authenticates (scopes), reads the body within its
 * limit, validates params/query/body with the declared zod schemas, honours
 * Idempotency-Key, and writes the handler's result.
 */
export function defineRoute<
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(target: RouteTarget, op: RouteOperation<P, Q, B>, handler: RouteHandler<P, Q, B>): void {
  const operation = op as ApiOperation;
  target.openapi.add(operation);
  const chain: RequestHandler[] = [];
  if (operation.scopes.length > 0) chain.push(requireScope(...operation.scopes));
  if (operation.body) chain.push(bodyParser(operation));
  chain.push(async (req, res) => {
    const locale = problemLocale(req, res);
    const m = messages(locale).api.problems;
    if (operation.body && req.body === undefined) {
      throw new ApiProblem(415, {
        type: 'unsupported-media-type',
        title: m.mediaTypeTitle,
        detail: m.mediaTypeDetail(operation.body.contentType ?? 'application/json'),
      });
    }
    let claim: IdempotencyClaim | undefined;
    let storedWithChange = false;
    const answer: AnswerBinding = {
      storedWith: (build) => {
        // The handler runs once the key is claimed, so the claim is known by now.
        const fresh = claim?.kind === 'new' ? claim : undefined;
        if (!fresh) return undefined;
        return async (tx, written) => {
          await fresh.complete(build(written), tx);
          storedWithChange = true;
        };
      },
    };
    const input = {
      params: parsePart('params', op.params as P, { value: req.params, locale }),
      query: parsePart('query', op.query as Q, { value: req.query, locale }),
      body: parsePart('body', op.body?.schema as B, { value: req.body, locale }),
      api: operation.scopes.length > 0 ? apiContext(res) : (undefined as unknown as ApiContext),
      req,
      res,
      answer,
    } as ApiRequest<Infer<P>, Infer<Q>, Infer<B>>;
    const key = operation.idempotent ? req.get(IDEMPOTENCY_HEADER) : undefined;
    if (key === undefined) {
      send(res, await handler(input));
      return;
    }
    if (!KEY_PATTERN.test(key)) {
      throw new ApiProblem(422, {
        type: 'validation',
        title: m.validationTitle,
        errors: [{ path: `headers.${IDEMPOTENCY_HEADER}`, message: m.idempotencyKeyInvalid }],
      });
    }
    claim = await target.idempotency.claim(input.api, key, requestHash(req));
    if (claim.kind === 'replay') {
      send(res, { ...claim.result, headers: { ...claim.result.headers, 'Idempotent-Replayed': 'true' } });
      return;
    }
    if (claim.kind === 'mismatch')
      throw new ApiProblem(422, {
        type: 'idempotency-key-reused',
        title: m.idempotencyMismatchTitle,
        detail: m.idempotencyMismatchDetail,
      });
    if (claim.kind === 'in-progress')
      throw new ApiProblem(
        409,
        { type: 'idempotency-in-progress', title: m.idempotencyBusyTitle, detail: m.idempotencyBusyDetail },
        { 'Retry-After': '1' },
      );
    const fresh = claim;
    let result: ApiResult;
    try {
      result = await handler(input);
    } catch (error) {
      // Nothing was done (or its transaction, answer included, rolled back): the key is free
      // for a corrected retry. An answer committed with its change stays for the retry to get.
      await fresh.release();
      throw error;
    }
    if (result.status < 200 || result.status >= 300) await fresh.release();
    // Stored already when the change was written; otherwise (nothing changed) now.
    else if (!storedWithChange) await fresh.complete(result);
    send(res, result);
  });
  target.router[operation.method](expressPath(operation.path), ...chain);
}
