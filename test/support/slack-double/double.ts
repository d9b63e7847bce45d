import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { STRAY_MENTION } from './block-kit/mentions';
import { FaultInjector } from './faults';
import { HANG_BOUND_MS } from './hang-bound';
import { send } from './http-io';
import { IdFactory } from './ids';
import { isObj, type JsonObject } from './json';
import type { MethodContext } from './methods/context';
import { OAuthServer } from './oauth/oauth-server';
import { TokenBook } from './oauth/token-book';
import { Organization } from './organization';
import { type CallListener, CallRecorder } from './recorder';
import { ResponseUrls } from './response-urls';
import { handleApi } from './routes/api';
import type { RouteEnv } from './routes/env';
import { handleResponseUrl } from './routes/response-url';
import { handleUpload } from './routes/upload';
import { type EnvelopeOptions, SocketModeEndpoint } from './socket-mode';
import { TriggerIds } from './triggers';
import type {
  AddWorkspaceOptions,
  ChannelInput,
  EnvelopeType,
  EphemeralMessage,
  Fault,
  InteractionContext,
  RecordedCall,
  SlackChannel,
  SlackDoubleOptions,
  SlackUser,
  SlackUserInput,
  SlackView,
  SocketAck,
  StoredMessage,
  UploadedFile,
} from './types';
import { Workspace } from './workspace/workspace';

/** A local stand-in for the Slack Web API, response URLs, file uploads and Socket Mode. */
export class SlackDouble {
  readonly teamId: string;
  readonly teamName: string;
  readonly teamDomain: string;
  readonly appToken: string;
  readonly botUserId: string;
  readonly botId = 'B0001';
  readonly appId = 'A0001';
  /** Everything the double remembers; the helpers below cover the usual questions. */
  readonly workspace: Workspace;
  /** The Enterprise Grid organization this workspace belongs to, if any. */
  readonly organization: Organization<SlackDouble> | undefined;

  private readonly now: () => number;
  private readonly ids: IdFactory;
  private readonly recorder: CallRecorder;
  private readonly faults: FaultInjector;
  private readonly triggers: TriggerIds;
  private readonly responseUrls: ResponseUrls;
  private readonly socket: SocketModeEndpoint;
  private readonly server: Server;
  private readonly sleepers: Set<() => void>;
  /** Calls held by a { hold: true } fault, per method, and tests waiting for one to arrive. */
  private readonly held: Map<string, Set<() => void>>;
  private readonly holdWatchers: Set<{ method: string; arrived: () => void }>;
  private port = 0;
  /** The double that owns the server; itself, or the one addWorkspace was called on. */
  private readonly root: SlackDouble;
  /** Every workspace this Slack knows, by team id (the root's map, shared). */
  private readonly family: Map<string, SlackDouble>;
  private readonly tokens: TokenBook;
  private readonly oauth: OAuthServer;
  /** Every Enterprise Grid organization this Slack knows, by enterprise id (shared). */
  private readonly organizations: Map<string, Organization<SlackDouble>>;
  private currentBotToken: string | undefined;

  private constructor(opts: SlackDoubleOptions, parent?: SlackDouble) {
    this.now = parent?.now ?? opts.now ?? Date.now;
    this.teamId = opts.teamId ?? 'T0001';
    this.teamName = opts.teamName ?? 'Test Workspace';
    this.teamDomain = this.teamName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    this.appToken = parent?.appToken ?? opts.appToken ?? 'xapp-test';
    this.botUserId = opts.botUserId ?? 'UBOT';
    this.root = parent?.root ?? this;
    this.ids = parent?.ids ?? new IdFactory(this.now);
    this.faults = parent?.faults ?? new FaultInjector(this.now);
    this.triggers = parent?.triggers ?? new TriggerIds(this.ids, this.now);
    this.responseUrls = parent?.responseUrls ?? new ResponseUrls(this.ids, () => this.baseUrl);
    this.recorder = parent?.recorder ?? new CallRecorder();
    this.sleepers = parent?.sleepers ?? new Set();
    this.held = parent?.held ?? new Map();
    this.holdWatchers = parent?.holdWatchers ?? new Set();
    this.family = parent?.family ?? new Map();
    this.organizations = parent?.organizations ?? new Map();
    this.tokens = parent?.tokens ?? new TokenBook(this.now);
    this.oauth =
      parent?.oauth ??
      new OAuthServer(this.ids, this.tokens, (teamId, token) => {
        const refreshed = this.family.get(teamId);
        if (refreshed) refreshed.currentBotToken = token;
        const organization = this.organizations.get(teamId);
        if (organization) organization.orgWideToken = token;
      });
    this.family.set(this.teamId, this);
    const rootOrganization = parent ? undefined : opts.organization;
    if (rootOrganization)
      this.organizations.set(
        rootOrganization.enterpriseId,
        new Organization<SlackDouble>(rootOrganization.enterpriseId, rootOrganization.name),
      );
    const enterpriseId = rootOrganization?.enterpriseId ?? (opts as AddWorkspaceOptions).enterpriseId;
    this.organization = enterpriseId ? this.organizations.get(enterpriseId) : undefined;
    if (enterpriseId && !this.organization)
      throw new Error(`no organization ${enterpriseId}: addOrganization first`);
    this.organization?.join(this);
    // The root is installed from the start (SLACK_BOT_TOKEN); other workspaces once a test installs them.
    this.currentBotToken = opts.botToken ?? (parent ? undefined : 'xoxb-test');
    if (this.currentBotToken) this.tokens.register(this.currentBotToken, this.teamId);
    this.workspace = new Workspace(
      {
        teamId: this.teamId,
        teamName: this.teamName,
        teamDomain: this.teamDomain,
        botUserId: this.botUserId,
        botId: this.botId,
        appId: this.appId,
        botName: 'touchbase',
        appToken: this.appToken,
        enterpriseId: this.organization?.enterpriseId,
        enterpriseName: this.organization?.name,
      },
      this.ids,
      this.now,
    );
    const organization = this.organization;
    // A mention of anyone of the organization is a real mention in any of its workspaces.
    if (organization) {
      this.workspace.known.user = (id) =>
        organization.workspaces.some((w) => w.workspace.users.get(id) !== undefined);
    }
    if (opts.seedSystemUsers !== false) this.seedSystemUsers();
    if (parent) {
      this.socket = parent.socket;
      this.server = parent.server;
      return;
    }
    this.socket = new SocketModeEndpoint(() => this.baseUrl.replace(/^http/, 'ws'), this.appId);
    this.server = createServer((req, res) => {
      this.route(req, res).catch((err) =>
        send(res, 500, { ok: false, error: 'double_crashed', detail: String(err) }),
      );
    });
    this.server.on('upgrade', (req, socket, head) => this.socket.handleUpgrade(req, socket, head));
    // Idle keep-alive connections are closed by the clients, never by the double: a server that
    // closes them after its 5 s races a client reusing one when a busy machine makes its timers
    // late, and the request fails with "fetch failed". stop() closes whatever is left.
    this.server.keepAliveTimeout = 0;
  }

  static async start(opts: SlackDoubleOptions = {}): Promise<SlackDouble> {
    const double = new SlackDouble(opts);
    await new Promise<void>((resolve, reject) => {
      double.server.once('error', reject);
      double.server.listen(0, '127.0.0.1', () => resolve());
    });
    double.port = (double.server.address() as AddressInfo).port;
    return double;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.root.port}`;
  }

  /** The workspace's bot token: SLACK_BOT_TOKEN for the root, the latest OAuth handed out for others. */
  get botToken(): string {
    if (!this.currentBotToken) throw new Error(`workspace ${this.teamId} is not installed`);
    return this.currentBotToken;
  }

  // ---- several workspaces and OAuth ------------------------------------------------------------

  /**
   * Another workspace of this Slack, served by the same server (same API URL) and answering
   * Web API calls made with its own tokens. It has no token until a test installs the app into
   * it (authorizeInstall + the app's OAuth redirect), or `botToken` is given.
   */
  addWorkspace(opts: AddWorkspaceOptions): SlackDouble {
    if (this.family.has(opts.teamId)) throw new Error(`workspace ${opts.teamId} exists already`);
    return new SlackDouble(opts, this.root);
  }

  /**
   * An Enterprise Grid organization; its workspaces are made with addWorkspace({ enterpriseId }),
   * its members with organization.addMember, its org-wide install with authorizeOrgInstall.
   */
  addOrganization(input: { enterpriseId: string; name: string }): Organization<SlackDouble> {
    if (this.root.organizations.has(input.enterpriseId))
      throw new Error(`organization ${input.enterpriseId} exists already`);
    const organization = new Organization<SlackDouble>(input.enterpriseId, input.name);
    this.root.organizations.set(input.enterpriseId, organization);
    return organization;
  }

  /**
   * An org admin `userId` clicked Allow on Slack's install page with the organization chosen (an
   * org-wide install): the code for the app's redirect. oauth.v2.access then answers
   * `is_enterprise_install: true`, the `enterprise`, `team: null` and one token for every
   * workspace of the organization.
   */
  authorizeOrgInstall(
    organization: Organization<SlackDouble>,
    input: { userId: string; scopes: string[]; rotating?: boolean },
  ): string {
    return this.oauth.grant(
      {
        teamId: organization.enterpriseId,
        teamName: organization.name,
        enterprise: { id: organization.enterpriseId, name: organization.name },
        orgWide: true,
        botUserId: organization.workspaces[0]?.botUserId ?? 'UBOT',
        appId: this.appId,
        scopes: input.scopes,
        installed: (token) => {
          organization.orgWideToken = token;
        },
      },
      input.userId,
      input.rotating ?? false,
    );
  }

  /** The workspace with this team id (the root's, or one addWorkspace made). */
  workspaceDouble(teamId: string): SlackDouble | undefined {
    return this.family.get(teamId);
  }

  /**
   * `userId` clicked Allow on Slack's install page: the code Slack puts on the redirect to the
   * app's /slack/oauth_redirect, to be traded once by oauth.v2.access. `rotating`: token
   * rotation is on (the token expires in 12 h and comes with a refresh token).
   */
  authorizeInstall(input: { userId: string; scopes: string[]; rotating?: boolean }): string {
    return this.oauth.grant(
      {
        teamId: this.teamId,
        teamName: this.teamName,
        enterprise: this.organization
          ? { id: this.organization.enterpriseId, name: this.organization.name }
          : null,
        orgWide: false,
        botUserId: this.botUserId,
        appId: this.appId,
        scopes: input.scopes,
        installed: (token) => {
          this.currentBotToken = token;
        },
      },
      input.userId,
      input.rotating ?? false,
    );
  }

  /** The app was uninstalled from the organization: its org-wide token stops working. */
  revokeOrganizationTokens(organization: Organization<SlackDouble>): void {
    this.tokens.revokeTeam(organization.enterpriseId);
  }

  /** The app was uninstalled from this workspace: every token it had stops working. */
  revokeTokens(): void {
    this.tokens.revokeTeam(this.teamId);
  }

  /** Give this to Bolt / WebClient as `slackApiUrl`. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  private seedSystemUsers(): void {
    // A real workspace lists both: the app's bot user, and Slackbot, which famously has is_bot: false.
    this.workspace.users.add({
      id: this.botUserId,
      name: 'touchbase',
      real_name: 'Touchbase',
      is_bot: true,
      profile: { bot_id: this.botId, display_name: '' },
    });
    this.workspace.users.add({
      id: 'USLACKBOT',
      name: 'slackbot',
      real_name: 'Slackbot',
      tz: 'America/Los_Angeles',
      profile: { display_name: 'Slackbot', email: '' },
    });
  }

  private get env(): RouteEnv {
    return this.envOf(this);
  }

  private envOf(double: SlackDouble, orgWide = false): RouteEnv {
    const ctx: MethodContext = {
      ws: double.workspace,
      orgWide,
      teams: () =>
        orgWide && double.organization
          ? double.organization.reachable.map((w) => ({ id: w.teamId, name: w.teamName }))
          : [{ id: double.teamId, name: double.teamName }],
      ids: this.ids,
      triggers: this.triggers,
      now: this.now,
      baseUrl: () => this.baseUrl,
      socketUrl: () => this.socket.issueUrl(),
    };
    return {
      ctx,
      faults: this.faults,
      recorder: this.recorder,
      responseUrls: this.responseUrls,
      sleep: (ms) => this.sleep(ms),
      hold: (method) => this.hold(method),
      envForToken: (token, args = {}) => {
        const owner = this.tokens.teamOf(token);
        const organization = this.organizations.get(owner);
        if (organization) return this.envOf(organization.workspaceFor(args), true);
        return this.envOf(this.family.get(owner) ?? this);
      },
      envForTeam: (teamId) => this.envOf((teamId && this.family.get(teamId)) || this),
      envForFile: (fileId) =>
        this.envOf([...this.family.values()].find((d) => d.workspace.files.get(fileId)) ?? this),
      oauthAccess: (args) => this.oauth.access(args),
    };
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', this.baseUrl).pathname;
    const api = /^\/api\/([\w.]+)$/.exec(path);
    if (api?.[1]) return handleApi(this.env, req, res, api[1]);
    const upload = /^\/upload\/(\w+)$/.exec(path);
    if (upload?.[1] && req.method === 'POST')
      return handleUpload(this.env.envForFile(upload[1]), req, res, upload[1]);
    const response = /^\/response\/(\w+)$/.exec(path);
    if (response?.[1] && req.method === 'POST') {
      const env = this.env.envForTeam(this.responseUrls.lookup(response[1])?.teamId);
      return handleResponseUrl(env, req, res, response[1]);
    }
    req.resume();
    send(res, 404, 'not_found');
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }

  private hold(method: string): Promise<void> {
    return new Promise((resolve) => {
      const calls = this.held.get(method) ?? new Set();
      const done = () => {
        calls.delete(done);
        this.sleepers.delete(done);
        resolve();
      };
      calls.add(done);
      this.held.set(method, calls);
      this.sleepers.add(done);
      for (const watcher of [...this.holdWatchers]) {
        if (watcher.method !== method) continue;
        this.holdWatchers.delete(watcher);
        watcher.arrived();
      }
    });
  }

  /** Resolves once a call to `method` is being held by a { hold: true } fault (at once if one is). */
  whenHeld(method: string): Promise<void> {
    if ((this.held.get(method)?.size ?? 0) > 0) return Promise.resolve();
    return new Promise((arrived) => this.holdWatchers.add({ method, arrived }));
  }

  /** Lets every held call to `method` go on to its answer. */
  releaseHeld(method: string): void {
    for (const release of [...(this.held.get(method) ?? [])]) release();
  }

  // ---- recorded calls -------------------------------------------------------------------------

  get calls(): RecordedCall[] {
    return this.recorder.calls;
  }

  callsTo(method: string): RecordedCall[] {
    return this.recorder.callsTo(method);
  }

  lastCall(method: string): RecordedCall | undefined {
    return this.recorder.lastCall(method);
  }

  /** Calls that took effect (HTTP 200 and ok), e.g. digests actually delivered despite retries. */
  succeededCalls(method: string): RecordedCall[] {
    return this.recorder.succeeded(method);
  }

  /** First call to `method` (at index ≥ since) matching the predicate, recorded already or later. */
  waitForCall(
    method: string,
    predicate?: (call: RecordedCall) => boolean,
    { since = 0, timeoutMs = HANG_BOUND_MS }: { since?: number; timeoutMs?: number } = {},
  ): Promise<RecordedCall> {
    return this.recorder.waitFor(method, predicate, timeoutMs, since);
  }

  clearCalls(): void {
    this.recorder.clear();
  }

  /**
   * Messages, views and file comments the double refused because they carried a
   * broadcast (`<!channel>`, `<!here>`, `<!everyone>`, `<!subteam^…>`) or a user or
   * channel mention of an id the workspace does not know: typed text sent unescaped.
   */
  strayMentionRefusals(): RecordedCall[] {
    return this.recorder.calls.filter((call) => {
      const answer = call.response;
      return answer === STRAY_MENTION || (isObj(answer) && answer.error === STRAY_MENTION);
    });
  }

  /**
   * Calls `listener` with every call as it is recorded, and when (epoch ms, sub-millisecond)
   * the double had read its request: what a benchmark times a user's wait until. Returns
   * the function that stops it.
   */
  onCall(listener: CallListener): () => void {
    return this.recorder.listen(listener);
  }

  // ---- faults ---------------------------------------------------------------------------------

  /**
   * The next `times` calls to `method` fail this way (`response_url` and `upload_url` work too);
   * with `onlyThisWorkspace`, only calls made with this workspace's token (addWorkspace).
   */
  fail(method: string, fault: Fault, times = 1, opts: { onlyThisWorkspace?: boolean } = {}): void {
    this.faults.fail(method, fault, times, opts.onlyThisWorkspace ? this.teamId : undefined);
  }

  /** Calls beyond `perSecond` within one second (per channel, per workspace when asked) get 429 with Retry-After: 1. */
  rateLimit(
    method: string,
    perSecond: number,
    opts: { perChannel?: boolean; perWorkspace?: boolean } = {},
  ): void {
    this.faults.rateLimit(method, perSecond, opts.perChannel ?? false, opts.perWorkspace ?? false);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  // ---- workspace state ------------------------------------------------------------------------

  addUser(input: SlackUserInput = {}): SlackUser {
    return this.workspace.users.add(input);
  }

  user(id: string): SlackUser | undefined {
    return this.workspace.users.get(id);
  }

  knowsEmail(email: string): boolean {
    return this.workspace.users.byEmail(email) !== undefined;
  }

  addChannel(input: ChannelInput): SlackChannel {
    return this.workspace.channels.add(input);
  }

  channel(id: string): SlackChannel | undefined {
    return this.workspace.channels.get(id);
  }

  /** The bot's DM channel id with this user, as conversations.open would return it. */
  dmChannelFor(userId: string): string {
    return this.workspace.channels.dmFor(userId).id;
  }

  messages(channelId: string): StoredMessage[] {
    return this.workspace.channels.messages(channelId);
  }

  message(channelId: string, ts: string): StoredMessage | undefined {
    return this.workspace.channels.message(channelId, ts);
  }

  ephemeralMessages(filter: { channel?: string; user?: string } = {}): EphemeralMessage[] {
    return this.workspace.channels.ephemerals.filter(
      (m) => (!filter.channel || m.channel === filter.channel) && (!filter.user || m.user === filter.user),
    );
  }

  view(id: string): SlackView | undefined {
    return this.workspace.views.get(id);
  }

  /** The modal on top of this user's screen (or anyone's): latest open one, else the latest. */
  latestView(userId?: string): SlackView | undefined {
    return this.workspace.views.latest(userId);
  }

  viewByCallbackId(callbackId: string): SlackView | undefined {
    return this.workspace.views.byCallbackId(callbackId);
  }

  isViewOpen(id: string): boolean {
    return this.workspace.views.isOpen(id);
  }

  homeView(userId: string): SlackView | undefined {
    return this.workspace.views.home(userId);
  }

  uploadedFiles(): UploadedFile[] {
    return this.workspace.files.completed();
  }

  /** The bytes of a completed upload as text. */
  fileContent(fileId: string, encoding: BufferEncoding = 'utf8'): string | undefined {
    return this.workspace.files.get(fileId)?.bytes?.toString(encoding);
  }

  /** A trigger id valid for 3 s (or `ttlMs`) and one views.open / views.push. */
  issueTriggerId(context: InteractionContext = {}, ttlMs?: number): string {
    return this.triggers.issue(context, ttlMs);
  }

  issueResponseUrl(context: InteractionContext = {}): string {
    return this.responseUrls.issue({ teamId: this.teamId, ...context });
  }

  // ---- Socket Mode ----------------------------------------------------------------------------

  /** Sends an envelope and resolves with the app's ack `{envelope_id, payload}`. */
  sendEnvelope(type: EnvelopeType, payload: JsonObject, opts?: EnvelopeOptions): Promise<SocketAck> {
    return this.socket.sendEnvelope(type, payload, opts);
  }

  /** Asks connected clients to reconnect, as Slack does when it recycles a server. */
  requestRefresh(): void {
    this.socket.requestRefresh();
  }

  /** Socket Mode connections accepted since start (grows by one per reconnect). */
  get socketConnections(): number {
    return this.socket.connections;
  }

  get openSocketConnections(): number {
    return this.socket.openConnections;
  }

  /** Resolves once `minTotal` connections were accepted and one is open. */
  waitForSocketConnection(minTotal = 1, timeoutMs = HANG_BOUND_MS): Promise<void> {
    return this.socket.waitForConnection(minTotal, timeoutMs);
  }

  async stop(): Promise<void> {
    if (this.root !== this) return this.root.stop();
    for (const wake of [...this.sleepers]) wake();
    this.recorder.abandonWaits();
    await this.socket.close();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
