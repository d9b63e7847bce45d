import { ApiTokenRepository } from '../../src/db/repositories/api-token-repository';
import type { ApiScope } from '../../src/domain/api-tokens/api-scopes';
import { ApiTokenAdmin } from '../../src/domain/api-tokens/token-admin';
import { systemClock } from '../../src/domain/clock';
import { workspaceOf } from '../support/fixtures/activities';
import { viewerFor } from '../support/fixtures/contacts';
import type { TestApp } from '../support/test-app';

export interface ApiAnswer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

/** A token made the way /activity admin makes one (an admin creates it); returns its secret. */
export async function createToken(t: TestApp, scopes: ApiScope[], name = 'Test system'): Promise<string> {
  const prisma = t.app.database.prisma;
  const workspace = await workspaceOf(t);
  // A real admin of the workspace: Slack knows them, so the token list may mention them.
  if (!t.double.user('UTOKENADMIN'))
    t.double.addUser({ id: 'UTOKENADMIN', name: 'tokenadmin', is_admin: true });
  const admin = await viewerFor(prisma, workspace.id, 'UTOKENADMIN', { isAdmin: true });
  const created = await new ApiTokenAdmin(
    new ApiTokenRepository(prisma, t.app.database.plain),
    systemClock,
  ).create(admin, {
    name,
    scopes,
  });
  return created.secret;
}

/** fetch against /api/v1 with a bearer token and JSON; the answer parsed. */
export async function call<T = Record<string, unknown>>(
  t: TestApp,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<ApiAnswer<T>> {
  // A fresh connection per request: a pooled one the app's server closed after its keep-alive
  // timeout, while a busy machine delayed the client's own cleanup, would fail the request.
  const headers: Record<string, string> = { connection: 'close', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.raw !== undefined) {
    body = options.raw;
    headers['content-type'] ??= 'application/json';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${t.baseUrl}/api/v1${path}`, { method, headers, body });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : null) as T,
  };
}

/**
 * Retries `check` until it passes, for a state no event announces. Prefer `await t.app.idle()`
 * (the app's background work is done) followed by a plain assertion. Gives up after `timeoutMs`
 * only when given: a fixed deadline fails on a busy machine; the test's timeout bounds the wait.
 */
export async function eventually(check: () => void | Promise<void>, timeoutMs?: number): Promise<void> {
  const started = performance.now();
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (timeoutMs !== undefined && performance.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/**
 * Every page of a change feed (`/activities`, `/persons`) from `cursor` on, following
 * `nextCursor`: the items, the cursor to go on from next time, and each page's size.
 */
export async function readFeed(
  t: TestApp,
  feed: string,
  { token, cursor = null, query = 'limit=2' }: { token: string; cursor?: string | null; query?: string },
  // biome-ignore lint/suspicious/noExplicitAny: API answers are read loosely in tests.
): Promise<{ items: Record<string, any>[]; at: string; pageSizes: number[] }> {
  // biome-ignore lint/suspicious/noExplicitAny: API answers are read loosely in tests.
  const items: Record<string, any>[] = [];
  const pageSizes: number[] = [];
  let at = cursor;
  for (;;) {
    // biome-ignore lint/suspicious/noExplicitAny: API answers are read loosely in tests.
    const answer = await call<Record<string, any>>(t, 'GET', `${feed}?${query}${at ? `&cursor=${at}` : ''}`, {
      token,
    });
    expect(answer.status).toBe(200);
    items.push(...answer.body.items);
    pageSizes.push(answer.body.items.length);
    at = answer.body.nextCursor ?? answer.body.resumeCursor;
    if (!answer.body.nextCursor) return { items, at: at as string, pageSizes };
  }
}
