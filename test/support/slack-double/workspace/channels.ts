import type { IdFactory } from '../ids';
import type { JsonObject } from '../json';
import type { ChannelInput, EphemeralMessage, SlackChannel, StoredMessage } from '../types';

export interface BotIdentity {
  teamId: string;
  botUserId: string;
  botId: string;
  appId: string;
}

/** Channels the double knows, the bot's DMs, and what the bot posted where. */
export class ChannelDirectory {
  private readonly channels = new Map<string, SlackChannel>();
  private readonly dmByUser = new Map<string, string>();
  private readonly history = new Map<string, StoredMessage[]>();
  readonly ephemerals: EphemeralMessage[] = [];

  constructor(
    private readonly ids: IdFactory,
    private readonly bot: BotIdentity,
  ) {}

  add({ id, name, isMember = true, isPrivate = false }: ChannelInput): SlackChannel {
    const channel: SlackChannel = {
      id,
      name,
      is_channel: !isPrivate,
      is_im: false,
      is_mpim: false,
      is_private: isPrivate,
      is_member: isMember,
    };
    this.channels.set(id, channel);
    return channel;
  }

  get(id: string): SlackChannel | undefined {
    return this.channels.get(id);
  }

  byName(name: string): SlackChannel | undefined {
    const bare = name.replace(/^#/, '');
    return [...this.channels.values()].find((c) => c.name === bare);
  }

  /** The bot's DM with a user: one stable D… id per user, created on first use. */
  dmFor(userId: string): SlackChannel {
    const known = this.dmByUser.get(userId);
    if (known) return this.channels.get(known)!;
    const id = this.ids.next('D');
    const dm: SlackChannel = {
      id,
      name: id,
      is_channel: false,
      is_im: true,
      is_mpim: false,
      is_private: true,
      is_member: true,
      user: userId,
    };
    this.channels.set(id, dm);
    this.dmByUser.set(userId, id);
    return dm;
  }

  hasDm(userId: string): boolean {
    return this.dmByUser.has(userId);
  }

  post(channel: string, fields: JsonObject): StoredMessage {
    const message: StoredMessage = {
      type: 'message',
      user: this.bot.botUserId,
      bot_id: this.bot.botId,
      app_id: this.bot.appId,
      team: this.bot.teamId,
      ...fields,
      channel,
      ts: this.ids.ts(),
    };
    const list = this.history.get(channel) ?? [];
    list.push(message);
    this.history.set(channel, list);
    return message;
  }

  messages(channel: string): StoredMessage[] {
    return this.history.get(channel) ?? [];
  }

  message(channel: string, ts: string): StoredMessage | undefined {
    return this.messages(channel).find((m) => m.ts === ts);
  }

  /** Fields given as undefined are removed; fields not given are kept, as chat.update keeps unsent blocks. */
  update(channel: string, ts: string, fields: JsonObject): StoredMessage | undefined {
    const message = this.message(channel, ts);
    if (!message) return undefined;
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) delete message[key];
      else message[key] = value;
    }
    message.edited = { user: this.bot.botUserId, ts: this.ids.ts() };
    return message;
  }

  remove(channel: string, ts: string): boolean {
    const list = this.messages(channel);
    const index = list.findIndex((m) => m.ts === ts);
    if (index >= 0) list.splice(index, 1);
    return index >= 0;
  }

  addEphemeral(fields: Omit<EphemeralMessage, 'ts'>): EphemeralMessage {
    const message = { ...fields, ts: this.ids.ts() };
    this.ephemerals.push(message);
    return message;
  }

  ephemeral(ts: string): EphemeralMessage | undefined {
    return this.ephemerals.find((m) => m.ts === ts);
  }
}
