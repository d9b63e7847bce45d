import type { AnyJson, JsonObject } from './json';

export interface SlackDoubleOptions {
  teamId?: string;
  teamName?: string;
  botToken?: string;
  appToken?: string;
  botUserId?: string;
  /** Clock for trigger expiry, rate-limit windows, message ts and `RecordedCall.at`. */
  now?: () => number;
  /** Seed the bot user and USLACKBOT, as a real workspace has them (default true). */
  seedSystemUsers?: boolean;
  /** The root workspace belongs to this Enterprise Grid organization (its other workspaces: addWorkspace). */
  organization?: { enterpriseId: string; name: string };
}

/** Another workspace of the same Slack (SlackDouble.addWorkspace). */
export interface AddWorkspaceOptions {
  teamId: string;
  teamName: string;
  /** Its bot user (default UBOT). */
  botUserId?: string;
  /** Installed from the start with this token, instead of through OAuth. */
  botToken?: string;
  seedSystemUsers?: boolean;
  /** A workspace of this Enterprise Grid organization (made with addOrganization). */
  enterpriseId?: string;
}

export interface RecordedCall {
  /** Web API method, or `response_url` / `upload_url` for the non-API endpoints. */
  method: string;
  args: JsonObject;
  response: AnyJson;
  at: number;
  status: number;
  /** Set for response_url and upload_url calls. */
  url?: string;
  /** The workspace whose token made the call (undefined without a valid bot token). */
  teamId?: string;
  /** The bot token it was made with (Web API calls), so a test can tell an old token from a new one. */
  token?: string;
}

export type Fault =
  | { status: 429; retryAfter: number }
  | { status: number }
  | { error: string }
  | { delayMs: number }
  /** No answer until the test calls releaseHeld(method) (or the double stops): Slack as slow as needed. */
  | { hold: true };

export type EnvelopeType = 'events_api' | 'slash_commands' | 'interactive';

export interface SocketAck {
  envelope_id: string;
  payload: JsonObject;
}

export interface SlackUserProfile {
  email?: string;
  real_name: string;
  display_name: string;
  [key: string]: AnyJson;
}

export interface SlackUser {
  id: string;
  team_id: string;
  name: string;
  real_name: string;
  deleted: boolean;
  is_bot: boolean;
  is_admin: boolean;
  is_owner: boolean;
  is_restricted: boolean;
  is_ultra_restricted: boolean;
  tz: string;
  tz_label: string;
  tz_offset: number;
  locale: string;
  profile: SlackUserProfile;
  [key: string]: AnyJson;
}

export type SlackUserInput = Partial<Omit<SlackUser, 'profile'>> & {
  profile?: Partial<SlackUserProfile>;
  /** Shorthand for profile.email. */
  email?: string;
};

export interface SlackChannel {
  id: string;
  name: string;
  is_channel: boolean;
  is_im: boolean;
  is_mpim: boolean;
  is_private: boolean;
  is_member: boolean;
  /** The other party of a DM. */
  user?: string;
}

export interface ChannelInput {
  id: string;
  name: string;
  isMember?: boolean;
  isPrivate?: boolean;
}

export interface StoredMessage {
  type: 'message';
  ts: string;
  channel: string;
  text?: string;
  blocks?: JsonObject[];
  user: string;
  bot_id: string;
  app_id: string;
  team: string;
  thread_ts?: string;
  [key: string]: AnyJson;
}

export interface EphemeralMessage {
  channel: string;
  user: string;
  ts: string;
  text?: string;
  blocks?: JsonObject[];
}

export interface UploadedFile {
  id: string;
  filename: string;
  title?: string;
  length: number;
  altText?: string;
  bytes?: Buffer;
  completed: boolean;
  channelId?: string;
  initialComment?: string;
  threadTs?: string;
}

export interface SlackView {
  id: string;
  team_id: string;
  type: 'modal' | 'home';
  blocks: JsonObject[];
  private_metadata: string;
  callback_id: string;
  state: { values: Record<string, Record<string, JsonObject>> };
  hash: string;
  title: JsonObject | null;
  submit: JsonObject | null;
  close: JsonObject | null;
  clear_on_close: boolean;
  notify_on_close: boolean;
  root_view_id: string;
  previous_view_id: string | null;
  app_id: string;
  app_installed_team_id: string;
  bot_id: string;
  external_id: string;
  [key: string]: AnyJson;
}

/** What a trigger id or response URL was handed out for. */
export interface InteractionContext {
  /** The workspace the interaction happened in (set by the double that issued it). */
  teamId?: string;
  userId?: string;
  channelId?: string;
  viewId?: string;
  messageTs?: string;
  isEphemeral?: boolean;
}
