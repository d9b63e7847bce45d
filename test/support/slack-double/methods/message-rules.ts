import { refuse } from '../api-error';
import { mentionProblems, STRAY_MENTION } from '../block-kit/mentions';
import { withGeneratedIds } from '../block-kit/normalize';
import { validateMessageBlocks } from '../block-kit/validate';
import { type JsonObject, type Obj, str } from '../json';
import type { SlackChannel, SlackUser } from '../types';
import type { MethodContext } from './context';

export function knownUser(ctx: MethodContext, id: unknown): SlackUser {
  const user = typeof id === 'string' ? ctx.ws.users.get(id) : undefined;
  return user ?? refuse('user_not_found');
}

/** The bot's DM with a person, refused as Slack refuses DMs to deactivated users and other bots. */
export function dmWith(ctx: MethodContext, userId: string): SlackChannel {
  const user = knownUser(ctx, userId);
  if (user.deleted) refuse('user_disabled');
  if (user.is_bot && user.id !== ctx.ws.config.botUserId) refuse('cannot_dm_bot');
  return ctx.ws.channels.dmFor(user.id);
}

/** A `channel` argument as chat.* accept it: an id, a user id (the bot's DM), or a #name. */
export function postableChannel(ctx: MethodContext, arg: unknown): SlackChannel {
  const ref = str(arg) ?? '';
  if (!ref) refuse('channel_not_found');
  const { channels } = ctx.ws;
  const channel =
    /^[UW]/.test(ref) && ctx.ws.users.get(ref)
      ? dmWith(ctx, ref)
      : (channels.get(ref) ?? channels.byName(ref));
  if (!channel) refuse('channel_not_found');
  if (!channel.is_member) refuse('not_in_channel');
  return channel;
}

/** text / blocks / attachments of a message, refused the way Slack refuses them. */
export function messageContent(args: Obj, ctx: MethodContext): JsonObject {
  const text = str(args.text);
  const blocks = args.blocks;
  if (blocks !== undefined) {
    const verdict = validateMessageBlocks(blocks);
    if (!verdict.ok) refuse(verdict.error ?? 'invalid_blocks', verdict.messages);
  }
  const hasBlocks = Array.isArray(blocks) && blocks.length > 0;
  if (!text && !hasBlocks && args.attachments === undefined) refuse('no_text');
  if (text && text.length > 40000) refuse('msg_too_long');
  const stray = mentionProblems({ text, blocks }, ctx.ws.known);
  if (stray.length > 0) refuse(STRAY_MENTION, stray);
  const content: JsonObject = { text: text ?? '' };
  if (hasBlocks) content.blocks = withGeneratedIds(blocks, () => ctx.ids.short());
  for (const key of ['attachments', 'metadata', 'thread_ts'])
    if (args[key] !== undefined) content[key] = args[key];
  return content;
}

/** Slack's message objects do not carry the channel; the double keeps it only for tests. */
export function asSlackMessage(message: JsonObject): JsonObject {
  const { channel: _channel, ...rest } = message;
  return rest;
}
