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

/**
 * The routes acting in the workspace the token belongs to. Slack refuses a token of the wrong
 * kind with not_allowed_token_type, an unknown one with invalid_auth, and a dead one with
 * token_expired or token_revoked.
 */
function authorizedEnv(
  env: RouteEnv,
  kind: 'bot' | 'app',
  token: string | undefined,
  args: JsonObject,
): RouteEnv {
  const { appToken } = env.ctx.ws.config;
  if (!token) throw new ApiError('not_authed');
  if (kind === 'app') {
    if (token === appToken) return env;
    env.envForToken(token);
    throw new ApiError('not_allowed_token_type');
  }
  if (token === appToken) throw new ApiError('not_allowed_token_type');
  return env.envForToken(token, args);
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
  const { client_secret: _clientSecret, refresh_token: _refresh, ...shown } = recorded;
  const shownArgs = method === 'oauth.v2.access' ? shown : recorded;
  await runCall(env, res, { method, args: shownArgs, teamId: teamOf(env, token, recorded), token }, () => {
    if (malformed) throw new ApiError('invalid_json');
    if (method === 'oauth.v2.access') return { status: 200, body: env.oauthAccess(recorded) };
    const spec = METHODS[method];
    if (!spec) throw new ApiError('unknown_method');
    const acting = authorizedEnv(env, spec.token, token, recorded);
    return { status: 200, body: spec.handle(recorded, acting.ctx) };
  });
}

/** The workspace a call was made for, recorded so a test can tell whose token a call used. */
function teamOf(env: RouteEnv, token: string | undefined, args: JsonObject): string | undefined {
  if (!token) return undefined;
  try {
    return env.envForToken(token, args).ctx.ws.config.teamId;
  } catch {
    return undefined;
  }
}
