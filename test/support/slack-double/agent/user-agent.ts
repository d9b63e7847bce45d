import type { SlackDouble } from '../double';
import type { JsonObject } from '../json';
import type { SlackView } from '../types';
import { applyViewSubmissionAck } from '../view-acks';
import { checkCommandAck, checkOptionsAck } from './acks';
import { type BlockActionsInput, buildBlockActions } from './block-actions';
import type { AgentResponse } from './http-post';
import { findElement } from './lookup';
import {
  type AgentIdentity,
  commandGridFields,
  eventCallback,
  interactionBase,
  slackTs,
} from './payload-base';
import type { SignatureHeaders } from './signing';
import { type AgentResult, type RetryInfo, Transport, type TransportConfig } from './transport';
import { buildViewClosed, buildViewSubmission, type ViewSubmissionInput } from './views';

export interface SlackUserAgentOptions {
  double: SlackDouble;
  signingSecret: string;
  transport: TransportConfig;
  teamId?: string;
  apiAppId?: string;
}

export interface SlashCommandInput {
  command: string;
  text?: string;
  userId: string;
  /** Defaults to the user's DM with the app. */
  channelId?: string;
  userName?: string;
}

/** Plays Slack towards the app: builds what Slack sends, delivers it, returns the app's answer. */
export class SlackUserAgent {
  private readonly double: SlackDouble;
  private readonly transport: Transport;
  private readonly who: AgentIdentity;
  private eventCounter = 0;

  constructor(opts: SlackUserAgentOptions) {
    this.double = opts.double;
    this.transport = new Transport(opts.transport, opts.double, opts.signingSecret);
    this.who = {
      teamId: opts.teamId ?? opts.double.teamId,
      teamDomain: opts.double.teamDomain,
      apiAppId: opts.apiAppId ?? opts.double.appId,
      token: 'verification-token',
    };
  }

  private channelName(channelId: string): string {
    const channel = this.double.channel(channelId);
    return channel?.is_im ? 'directmessage' : (channel?.name ?? channelId.toLowerCase());
  }

  async slashCommand(
    input: SlashCommandInput,
  ): Promise<AgentResult & { triggerId: string; responseUrl: string }> {
    const { userId } = input;
    const channelId = input.channelId ?? this.double.dmChannelFor(userId);
    const triggerId = this.double.issueTriggerId({ userId, channelId });
    const responseUrl = this.double.issueResponseUrl({ userId, channelId });
    const result = await this.transport.deliver('command', {
      token: this.who.token,
      team_id: this.who.teamId,
      team_domain: this.who.teamDomain,
      channel_id: channelId,
      channel_name: this.channelName(channelId),
      user_id: userId,
      user_name: input.userName ?? this.double.user(userId)?.name ?? userId.toLowerCase(),
      command: input.command,
      text: input.text ?? '',
      api_app_id: this.who.apiAppId,
      ...commandGridFields(this.double),
      response_url: responseUrl,
      trigger_id: triggerId,
    });
    checkCommandAck(result.ack, this.double.workspace.known);
    this.showCommandAck(channelId, userId, result.ack);
    return { ...result, triggerId, responseUrl };
  }

  /** An ack with content is a message: in the channel for in_channel, else only the invoker sees it. */
  private showCommandAck(channelId: string, userId: string, ack: JsonObject | undefined): void {
    if (!ack || (ack.text === undefined && ack.blocks === undefined)) return;
    const content = { text: ack.text ?? '', ...(ack.blocks ? { blocks: ack.blocks } : {}) };
    const { channels } = this.double.workspace;
    if (ack.response_type === 'in_channel') channels.post(channelId, content);
    else channels.addEphemeral({ channel: channelId, user: userId, ...content });
  }

  async blockActions(input: BlockActionsInput): Promise<AgentResult & { triggerId: string }> {
    const payload = buildBlockActions(this.double, this.who, input);
    const result = await this.transport.deliver('interactive', payload);
    return { ...result, triggerId: String(payload.trigger_id) };
  }

  /** Submits a modal filled by label; the ack (errors / update / push / clear) is applied like Slack would. */
  async viewSubmission(
    input: ViewSubmissionInput,
  ): Promise<AgentResult & { view: SlackView; triggerId: string }> {
    const { payload, view } = buildViewSubmission(this.double, this.who, input);
    const result = await this.transport.deliver('interactive', payload);
    if (result.status === 200)
      applyViewSubmissionAck(this.double.workspace.views, view, result.ack, this.double.workspace.known);
    return { ...result, view: payload.view, triggerId: String(payload.trigger_id) };
  }

  async viewClosed(input: { userId: string; viewId: string }): Promise<AgentResult> {
    const payload = buildViewClosed(this.double, this.who, input.userId, input.viewId);
    this.double.workspace.views.close(input.viewId);
    return this.transport.deliver('interactive', payload);
  }

  async globalShortcut(input: {
    userId: string;
    callbackId: string;
  }): Promise<AgentResult & { triggerId: string }> {
    const triggerId = this.double.issueTriggerId({ userId: input.userId });
    const { user, ...base } = interactionBase(this.double, this.who, input.userId);
    const payload = {
      type: 'shortcut',
      ...base,
      user: { id: user.id, username: user.username, team_id: user.team_id },
      callback_id: input.callbackId,
      trigger_id: triggerId,
      action_ts: slackTs(),
    };
    return { ...(await this.transport.deliver('interactive', payload)), triggerId };
  }

  async messageShortcut(input: {
    userId: string;
    callbackId: string;
    channelId: string;
    message: { ts: string; text: string; user: string };
  }): Promise<AgentResult & { triggerId: string; responseUrl: string }> {
    const where = { userId: input.userId, channelId: input.channelId, messageTs: input.message.ts };
    const triggerId = this.double.issueTriggerId(where);
    const responseUrl = this.double.issueResponseUrl(where);
    const payload = {
      type: 'message_action',
      ...interactionBase(this.double, this.who, input.userId),
      callback_id: input.callbackId,
      trigger_id: triggerId,
      response_url: responseUrl,
      action_ts: slackTs(),
      message_ts: input.message.ts,
      channel: { id: input.channelId, name: this.channelName(input.channelId) },
      message: { type: 'message', ...input.message },
    };
    return { ...(await this.transport.deliver('interactive', payload)), triggerId, responseUrl };
  }

  /** Typing into an external select; the app's options answer is checked against Slack's limits. */
  async blockSuggestion(input: {
    userId: string;
    actionId: string;
    blockId?: string;
    value: string;
    viewId?: string;
  }): Promise<AgentResult> {
    const view = input.viewId ? this.double.view(input.viewId) : this.double.latestView(input.userId);
    const found = view ? findElement(view.blocks, input.actionId, input.blockId) : undefined;
    if (input.viewId && !found)
      throw new Error(`blockSuggestion: view ${input.viewId} has no ${input.actionId}`);
    const payload: JsonObject = {
      type: 'block_suggestion',
      ...interactionBase(this.double, this.who, input.userId),
      action_id: input.actionId,
      block_id: input.blockId ?? String(found?.block.block_id ?? `${input.actionId}-block`),
      value: input.value,
    };
    if (view && found) Object.assign(payload, { container: { type: 'view', view_id: view.id }, view });
    const result = await this.transport.deliver('interactive', payload);
    if (result.status === 200) checkOptionsAck(result.ack);
    return result;
  }

  /**
   * Any Events API event, wrapped in the event_callback Slack sends. Pass eventId to redeliver
   * one; `withoutTeam` leaves the workspace off the envelope (an org-wide install's event that
   * names only the organization).
   */
  async sendEvent(
    event: JsonObject,
    opts: RetryInfo & { eventId?: string; withoutTeam?: boolean } = {},
  ): Promise<AgentResult & { eventId: string }> {
    this.eventCounter += 1;
    const eventId = opts.eventId ?? `Ev${String(this.eventCounter).padStart(8, '0')}`;
    const body = eventCallback(this.double, this.who, event, { eventId, withoutTeam: opts.withoutTeam });
    return { ...(await this.transport.deliver('event', body, opts)), eventId };
  }

  appHomeOpened(input: {
    userId: string;
    tab?: 'home' | 'messages';
    retryNum?: number;
    eventId?: string;
    withoutTeam?: boolean;
  }): Promise<AgentResult & { eventId: string }> {
    const tab = input.tab ?? 'home';
    const home = tab === 'home' ? this.double.homeView(input.userId) : undefined;
    const event = {
      type: 'app_home_opened',
      user: input.userId,
      channel: this.double.dmChannelFor(input.userId),
      tab,
      event_ts: slackTs(),
      ...(home ? { view: home } : {}),
    };
    return this.sendEvent(event, {
      retryNum: input.retryNum,
      eventId: input.eventId,
      withoutTeam: input.withoutTeam,
    });
  }

  /** Slack's check when the Request URL is saved; HTTP only (Socket Mode apps never get it). */
  async urlVerification(challenge: string): Promise<AgentResult> {
    if (!this.transport.isHttp) throw new Error('url_verification exists only for HTTP request URLs');
    return this.transport.deliver('event', { token: this.who.token, challenge, type: 'url_verification' });
  }

  rawPost(body: string, headers: Record<string, string>): Promise<AgentResponse> {
    return this.transport.rawPost(body, headers);
  }

  sign(body: string, timestampSec?: number): SignatureHeaders {
    return this.transport.sign(body, timestampSec);
  }
}
