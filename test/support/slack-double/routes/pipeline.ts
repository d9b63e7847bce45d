import type { ServerResponse } from 'node:http';
import { ApiError } from '../api-error';
import { send } from '../http-io';
import type { JsonObject } from '../json';
import type { Outcome, RouteEnv } from './env';

const RATE_LIMITED = { ok: false, error: 'ratelimited' };

/** A scheduled fault or a spent rate budget answers instead of the method; a delay only postpones it. */
function interference(
  env: RouteEnv,
  { method, args, teamId }: { method: string; args: JsonObject; teamId?: string },
): Outcome | { delayMs: number } | { hold: true } | undefined {
  const injected = env.faults.take(method, teamId);
  if (injected?.kind === 'delay') return { delayMs: injected.ms };
  if (injected?.kind === 'hold') return { hold: true };
  if (injected?.kind === 'error') return { status: 200, body: { ok: false, error: injected.error } };
  if (injected?.kind === 'http') {
    const headers: Record<string, string> =
      injected.retryAfter === undefined ? {} : { 'retry-after': String(injected.retryAfter) };
    const body = injected.status === 429 ? RATE_LIMITED : { ok: false, error: 'internal_error' };
    return { status: injected.status, body, headers };
  }
  if (env.faults.overBudget(method, args, teamId))
    return { status: 429, body: RATE_LIMITED, headers: { 'retry-after': '1' } };
  return undefined;
}

async function settle(work: () => Outcome | Promise<Outcome>): Promise<Outcome> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ApiError) return { status: 200, body: { ok: false, error: err.error, ...err.extra } };
    // A bug in the double must be loud rather than look like an answer from Slack.
    return { status: 500, body: { ok: false, error: 'double_crashed', detail: String(err) } };
  }
}

/**
 * Every endpoint goes through here. The call is recorded before the answer is written, so once a
 * client's await returns, the call is visible in `calls`.
 */
export async function runCall(
  env: RouteEnv,
  res: ServerResponse,
  call: { method: string; args: JsonObject; url?: string; teamId?: string; token?: string },
  work: () => Outcome | Promise<Outcome>,
): Promise<void> {
  const at = env.ctx.now();
  const receivedAtMs = performance.timeOrigin + performance.now();
  const interfered = interference(env, call);
  let outcome: Outcome;
  if (interfered && 'status' in interfered) {
    outcome = interfered;
  } else {
    if (interfered && 'hold' in interfered) await env.hold(call.method);
    else if (interfered) await env.sleep(interfered.delayMs);
    outcome = await settle(work);
  }
  env.recorder.record({ ...call, response: outcome.body, at, status: outcome.status }, receivedAtMs);
  if (!res.destroyed && !res.writableEnded) send(res, outcome.status, outcome.body, outcome.headers);
}
