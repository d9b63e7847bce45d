import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../api-error';
import { decodeJsonArgs, parseBody, readBody } from '../http-io';
import type { JsonObject } from '../json';
import { METHODS } from '../methods';
import type { RouteEnv } from './env';
import { runCall } from './pipeline';

function tokenOf(req: IncomingMessage, args: JsonObject): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  return typeof args.token === 'string' ? args.token : undefined;
}

/** Slack refuses a token of the wrong kind with not_allowed_token_type rather than invalid_auth. */
function checkToken(env: RouteEnv, kind: 'bot' | 'app', token: string | undefined): void {
  const { botToken, appToken } = env.ctx.ws.config;
  if (!token) throw new ApiError('not_authed');
  const expected = kind === 'bot' ? botToken : appToken;
  if (token === expected) return;
  if (token === botToken || token === appToken) throw new ApiError('not_allowed_token_type');
  throw new ApiError('invalid_auth');
}

export async function handleApi(env: RouteEnv, req: IncomingMessage, res: ServerResponse, method: string) {
  const raw = await readBody(req);
  const query = Object.fromEntries(new URL(req.url ?? '/', 'http://double').searchParams);
  let args: JsonObject;
  let malformed = false;
  try {
    args = decodeJsonArgs({ ...query, ...parseBody(raw, req.headers['content-type']).fields });
  } catch {
    args = { raw: raw.toString('utf8') };
    malformed = true;
  }
  const token = tokenOf(req, args);
  const { token: _secret, ...recorded } = args;
  await runCall(env, res, { method, args: recorded }, () => {
    if (malformed) throw new ApiError('invalid_json');
    const spec = METHODS[method];
    if (!spec) throw new ApiError('unknown_method');
    checkToken(env, spec.token, token);
    return { status: 200, body: spec.handle(recorded, env.ctx) };
  });
}
