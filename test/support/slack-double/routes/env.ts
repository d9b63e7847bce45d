import type { FaultInjector } from '../faults';
import type { JsonObject, Obj } from '../json';
import type { MethodContext } from '../methods/context';
import type { CallRecorder } from '../recorder';
import type { ResponseUrls } from '../response-urls';

/** What the HTTP routes share with the double. */
export interface RouteEnv {
  ctx: MethodContext;
  faults: FaultInjector;
  recorder: CallRecorder;
  responseUrls: ResponseUrls;
  /** Timer that stop() can cut short, so delayed answers never outlive the double. */
  sleep: (ms: number) => Promise<void>;
  /** Waits until the test releases calls to `method` (or the double stops). */
  hold: (method: string) => Promise<void>;
  /**
   * The same routes acting in the workspace a bot token belongs to (for an org-wide token, the
   * workspace of the organization the call's arguments point at); throws Slack's error for a bad token.
   */
  envForToken: (token: string, args?: Obj) => RouteEnv;
  /** …in the workspace with this team id (the root's when unknown). */
  envForTeam: (teamId: string | undefined) => RouteEnv;
  /** …in the workspace that holds this upload. */
  envForFile: (fileId: string) => RouteEnv;
  /** oauth.v2.access, which takes the app's credentials instead of a token. */
  oauthAccess: (args: Obj) => JsonObject;
}

export interface Outcome {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}
