import type { ErrorRequestHandler, Request, Response } from 'express';
import { ZodError } from 'zod';
import { AppError } from '../domain/app-error';
import { ValidationError } from '../domain/validation-error';
import { type Locale, type Messages, messages } from '../i18n';
import { isDatabaseUnavailable } from '../observability/database-unavailable';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Retry-After when the database does not answer: about what a failover or restart takes. */
export const DATABASE_RETRY_AFTER_SECONDS = 60;

/** One field that is wrong, named by its path in the request (`body.subject`, `query.limit`). */
export interface FieldProblem {
  path: string;
  message: string;
}

export interface ProblemFields {
  title: string;
  detail?: string;
  /** A short slug (`validation`, `not-found` …) turned into the problem `type` URI; about:blank when left out. */
  type?: string;
  errors?: FieldProblem[];
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
}

/** Problem types are URNs: stable identifiers clients can switch on, not pages that must exist. */
export function problemType(slug: string | undefined): string {
  return slug ? `urn:touchbase:problem:${slug}` : 'about:blank';
}

export function problemBody(status: number, fields: ProblemFields, instance?: string): ProblemBody {
  return {
    type: problemType(fields.type),
    title: fields.title,
    status,
    ...(fields.detail ? { detail: fields.detail } : {}),
    ...(instance ? { instance } : {}),
    ...(fields.errors && fields.errors.length > 0 ? { errors: fields.errors } : {}),
  };
}

/** Writes an RFC 9457 problem: `application/problem+json` with type, title, status, detail, instance, errors. */
export function problem(res: Response, status: number, fields: ProblemFields): void {
  res
    .status(status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(problemBody(status, fields, res.req?.originalUrl)));
}

/**
 * Thrown by a handler to answer with a problem. Everything a route module
 * refuses goes through this (or AppError / ZodError), so the error handler is
 * the one place that writes error responses.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    /** The texts, or how to write them in the caller's language. */
    readonly fields: ProblemFields | ((m: Messages) => ProblemFields),
    /** Extra headers, e.g. Retry-After. */
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof fields === 'function' ? `problem ${status}` : (fields.detail ?? fields.title));
  }
}

/** 404: what the request names is not there (or not for this caller); `detail` says which. */
export function notFoundProblem(detail: (m: Messages) => string): ApiProblem {
  return new ApiProblem(404, (m) => ({
    type: 'not-found',
    title: m.api.problems.notFoundTitle,
    detail: detail(m),
  }));
}

/** Where in the request zod found the problem; route helpers parse body, query and params separately. */
export class RequestPartError extends Error {
  constructor(
    readonly part: 'body' | 'query' | 'params' | 'headers',
    readonly zodError: ZodError,
  ) {
    super(zodError.message);
  }
}

export function zodFieldProblems(error: ZodError, prefix?: string): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((part) => part !== undefined && part !== '').join('.'),
    message: issue.message,
  }));
}

/** The language of error details: Accept-Language when it names sv or en, else the workspace's default. */
export function problemLocale(req: Request, res: Response): Locale {
  const header = (req.get('accept-language') ?? '').trim().toLowerCase();
  if (header.startsWith('sv')) return 'sv';
  if (header.startsWith('en')) return 'en';
  const workspace = (res.locals.api as { workspace?: { defaultLocale?: string } } | undefined)?.workspace;
  return workspace?.defaultLocale === 'sv' ? 'sv' : 'en';
}

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
  /** http-errors sets it on client errors: the message is safe to show. */
  expose?: boolean;
}

/** The router could not %-decode a path parameter (`/persons/%E0%A4%A`). */
function isPathDecodingError(error: unknown): boolean {
  return error instanceof URIError && (error as BodyParserError).status === 400;
}

/** The fields a request got wrong, by path, when the error is about its input; else undefined. */
function validationProblems(error: unknown, m: Messages): FieldProblem[] | undefined {
  if (error instanceof RequestPartError) return zodFieldProblems(error.zodError, error.part);
  if (error instanceof ZodError) return zodFieldProblems(error);
  if (error instanceof ValidationError)
    return Object.entries(error.fields).map(([field, text]) => ({
      path: `body.${field}`,
      message: (text as (m: Messages) => string)(m),
    }));
  return undefined;
}

/**
 * The API's last middleware: every error becomes a problem+json answer.
 * zod → 422 with field paths; unparsable JSON → 400; too large → 413;
 * AppError → the status its code carries (src/domain/app-error.ts), with the message in the
 * caller's language.
 */
export function apiErrorHandler(onUnexpected: (error: unknown) => void): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const m = messages(problemLocale(req, res));
    if (error instanceof ApiProblem) {
      for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
      problem(res, error.status, typeof error.fields === 'function' ? error.fields(m) : error.fields);
      return;
    }
    if (isDatabaseUnavailable(error)) {
      // Nothing was done; the client should come back later, not report a bug.
      res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      problem(res, 503, {
        type: 'database-unavailable',
        title: m.faults.database.unavailableTitle,
        detail: m.faults.database.unavailableDetail,
      });
      return;
    }
    const fields = validationProblems(error, m);
    if (fields) {
      problem(res, 422, {
        type: 'validation',
        title: m.api.problems.validationTitle,
        detail: m.api.problems.validationDetail,
        errors: fields,
      });
      return;
    }
    if (error instanceof AppError) {
      problem(res, error.status, {
        type: error.code.replaceAll('_', '-'),
        title: m.api.problems.refusedTitle,
        detail: error.userMessage(m),
      });
      return;
    }
    const parserError = error as BodyParserError;
    if (parserError.type === 'entity.too.large') {
      problem(res, 413, {
        type: 'too-large',
        title: m.api.problems.tooLargeTitle,
        detail: m.api.problems.tooLargeDetail(parserError.limit ?? 0),
      });
      return;
    }
    if (parserError.type === 'entity.parse.failed') {
      problem(res, 400, {
        type: 'malformed-json',
        title: m.api.problems.malformedTitle,
        detail: m.api.problems.malformedDetail,
      });
      return;
    }
    if (parserError.type === 'encoding.unsupported') {
      const encoding = req.get('content-encoding') ?? '';
      problem(res, 415, {
        type: 'unsupported-content-encoding',
        title: m.faults.input.contentEncodingTitle,
        errors: [
          { path: 'headers.Content-Encoding', message: m.faults.input.contentEncodingField(encoding) },
        ],
      });
      return;
    }
    if (parserError.type === 'charset.unsupported') {
      problem(res, 415, { type: 'unsupported-media-type', title: m.api.problems.mediaTypeTitle });
      return;
    }
    if (isPathDecodingError(error)) {
      problem(res, 400, {
        type: 'malformed-path',
        title: m.faults.input.pathEncodingTitle,
        detail: m.faults.input.pathEncodingDetail,
        errors: [{ path: 'path', message: m.faults.input.pathEncodingField }],
      });
      return;
    }
    if (
      parserError.expose &&
      parserError.status !== undefined &&
      parserError.status >= 400 &&
      parserError.status < 500
    ) {
      // The body reader's other client errors: a gzip body that does not inflate, a body cut short.
      const encoded = req.get('content-encoding') !== undefined;
      problem(res, parserError.status, {
        type: 'unreadable-body',
        title: m.faults.input.bodyUnreadableTitle,
        errors: [
          encoded
            ? { path: 'headers.Content-Encoding', message: m.faults.input.bodyUnreadableField }
            : { path: 'body', message: m.faults.input.bodyIncompleteField },
        ],
      });
      return;
    }
    onUnexpected(error);
    problem(res, 500, { type: 'internal', title: m.api.problems.internalTitle });
  };
}
