import { z } from 'zod';
import type { ApiScope } from '../../domain/api-tokens/api-scopes';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface ResponseSpec {
  description: string;
  /** The body's schema; left out for empty answers (204). */
  schema?: z.ZodType;
  /** Default application/json. */
  contentType?: string;
}

/**
 * One API operation as route modules declare it: the same zod schemas the route
 * validates with, so the OpenAPI document cannot drift from the code.
 */
export interface ApiOperation {
  method: HttpMethod;
  /** OpenAPI style, relative to /api/v1: `/activities/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** Scopes a token needs; empty for public operations (the document itself). */
  scopes: ApiScope[];
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** Documented request headers (Idempotency-Key, If-Match …). */
  headers?: z.ZodObject;
  body?: {
    schema: z.ZodType;
    /** Default application/json. */
    contentType?: string;
    /** Largest accepted body, e.g. '1mb' (the default) or '20mb'. */
    limit?: string;
    description?: string;
  };
  /** Retries with the same Idempotency-Key return the first answer (POST/PATCH). */
  idempotent?: boolean;
  responses: Record<number, ResponseSpec>;
}

type JsonSchema = Record<string, unknown>;

const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };

/** RFC 9457 problem details with field errors: what every error answer carries. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ description: 'RFC 9457 problem details' });

/** Answers every authenticated operation can give besides its own. */
const COMMON_ERRORS: Record<number, string> = {
  401: 'Missing, unknown or revoked token',
  403: 'The token lacks a required scope',
  429: 'Rate limit exceeded; see Retry-After',
  503: 'The database does not answer; nothing was done. Retry after Retry-After seconds',
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    reused: 'inline',
  }) as JsonSchema;
  return rest;
}

function parameters(op: ApiOperation): JsonSchema[] {
  const list: JsonSchema[] = [];
  const add = (where: 'path' | 'query' | 'header', object: z.ZodObject | undefined) => {
    if (!object) return;
    const schema = jsonSchema(object, 'input') as { properties?: JsonSchema; required?: string[] };
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const { description, ...rest } = property as JsonSchema;
      list.push({
        name,
        in: where,
        required: where === 'path' || (schema.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  };
  add('path', op.params);
  add('query', op.query);
  add('header', op.headers);
  return list;
}

function responses(op: ApiOperation): JsonSchema {
  const out: JsonSchema = {};
  for (const [status, spec] of Object.entries(op.responses)) {
    out[status] = {
      description: spec.description,
      ...(spec.schema
        ? {
            content: {
              [spec.contentType ?? 'application/json']: { schema: jsonSchema(spec.schema, 'output') },
            },
          }
        : {}),
    };
  }
  const problems = { content: { 'application/problem+json': { schema: PROBLEM_REF } } };
  if (op.scopes.length > 0) {
    for (const [status, description] of Object.entries(COMMON_ERRORS))
      out[status] ??= { description, ...problems };
  }
  if (op.body) {
    out['413'] ??= { description: 'Body larger than the limit', ...problems };
    out['422'] ??= { description: 'Invalid field values (see errors[].path)', ...problems };
  }
  return out;
}

/** The operations of /api/v1, and the OpenAPI 3.1 document made from them. */
export class OpenApiRegistry {
  private readonly list: ApiOperation[] = [];

  add(operation: ApiOperation): void {
    const clash = this.list.find(
      (known) =>
        known.operationId === operation.operationId ||
        (known.method === operation.method && known.path === operation.path),
    );
    if (clash) throw new Error(`API operation ${operation.method} ${operation.path} is registered twice`);
    this.list.push(operation);
  }

  operations(): readonly ApiOperation[] {
    return this.list;
  }

  find(method: string, path: string): ApiOperation | undefined {
    return this.list.find((op) => op.method === method.toLowerCase() && op.path === path);
  }

  document(info: { title: string; version: string; serverUrl: string }): JsonSchema {
    const paths: Record<string, Record<string, JsonSchema>> = {};
    for (const op of this.list) {
      const params = parameters(op);
      paths[op.path] ??= {};
      paths[op.path]![op.method] = {
        operationId: op.operationId,
        summary: op.summary,
        ...(op.description ? { description: op.description } : {}),
        tags: [op.tag],
        ...(op.scopes.length > 0
          ? { security: [{ bearerAuth: op.scopes }], 'x-required-scopes': op.scopes }
          : { security: [] }),
        ...(params.length > 0 ? { parameters: params } : {}),
        ...(op.body
          ? {
              requestBody: {
                required: true,
                ...(op.body.description ? { description: op.body.description } : {}),
                content: {
                  [op.body.contentType ?? 'application/json']: {
                    schema: jsonSchema(op.body.schema, 'input'),
                  },
                },
              },
            }
          : {}),
        responses: responses(op),
      };
    }
    return {
      openapi: '3.1.0',
      info: { title: info.title, version: info.version },
      servers: [{ url: info.serverUrl }],
      security: [{ bearerAuth: [] }],
      paths,
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description: 'A token created by an admin in /activity admin → API tokens (tb_…).',
          },
        },
        schemas: { Problem: jsonSchema(problemSchema, 'output') },
      },
    };
  }
}
