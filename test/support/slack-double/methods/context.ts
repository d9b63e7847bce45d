import type { IdFactory } from '../ids';
import type { JsonObject, Obj } from '../json';
import type { TriggerIds } from '../triggers';
import type { Workspace } from '../workspace/workspace';

export interface MethodContext {
  ws: Workspace;
  /** The call came with an Enterprise Grid organization's org-wide token. */
  orgWide?: boolean;
  /** The workspaces the token may act in: the organization's for an org-wide token, else its own. */
  teams?: () => { id: string; name: string }[];
  ids: IdFactory;
  triggers: TriggerIds;
  now: () => number;
  baseUrl: () => string;
  /** A fresh single-use WebSocket URL for apps.connections.open. */
  socketUrl: () => string;
}

/** Returns Slack's success body; throws ApiError for `{ok:false}` answers. */
export type MethodHandler = (args: Obj, ctx: MethodContext) => JsonObject;

export interface MethodSpec {
  /** Socket Mode's apps.connections.open takes the app-level token; everything else the bot token. */
  token: 'bot' | 'app';
  handle: MethodHandler;
}

export type MethodTable = Record<string, MethodSpec>;
