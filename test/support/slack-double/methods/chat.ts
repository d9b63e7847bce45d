import { refuse } from '../api-error';
import { str } from '../json';
import type { MethodTable } from './context';
import { asSlackMessage, knownUser, messageContent, postableChannel } from './message-rules';

export const chatMethods: MethodTable = {
  'chat.postMessage': {
    token: 'bot',
    handle: (args, ctx) => {
      const channel = postableChannel(ctx, args.channel);
      const message = ctx.ws.channels.post(channel.id, messageContent(args, ctx));
      return { ok: true, channel: channel.id, ts: message.ts, message: asSlackMessage(message) };
    },
  },
  'chat.update': {
    token: 'bot',
    handle: (args, ctx) => {
      const channel = postableChannel(ctx, args.channel);
      const content = messageContent(args, ctx);
      // Slack keeps the old blocks when chat.update sends none, and clears them for an empty array.
      if (Array.isArray(args.blocks) && args.blocks.length === 0) content.blocks = undefined;
      const ts = str(args.ts) ?? '';
      if (!ctx.ws.channels.message(channel.id, ts)) refuse('message_not_found');
      const updated = ctx.ws.channels.update(channel.id, ts, content)!;
      return {
        ok: true,
        channel: channel.id,
        ts,
        text: updated.text ?? '',
        message: asSlackMessage(updated),
      };
    },
  },
  'chat.delete': {
    token: 'bot',
    handle: (args, ctx) => {
      const channel = postableChannel(ctx, args.channel);
      const ts = str(args.ts) ?? '';
      if (!ctx.ws.channels.remove(channel.id, ts)) refuse('message_not_found');
      return { ok: true, channel: channel.id, ts };
    },
  },
  'chat.postEphemeral': {
    token: 'bot',
    handle: (args, ctx) => {
      const user = knownUser(ctx, args.user);
      const channel = postableChannel(ctx, args.channel);
      const { text, blocks } = messageContent(args, ctx);
      const ephemeral = ctx.ws.channels.addEphemeral({ channel: channel.id, user: user.id, text, blocks });
      return { ok: true, message_ts: ephemeral.ts };
    },
  },
  'chat.getPermalink': {
    token: 'bot',
    handle: (args, ctx) => {
      const channelId = str(args.channel) ?? '';
      if (!ctx.ws.channels.get(channelId)) refuse('channel_not_found');
      const message = ctx.ws.channels.message(channelId, str(args.message_ts) ?? '');
      if (!message) refuse('message_not_found');
      const base = `https://${ctx.ws.config.teamDomain}.slack.com/archives/${channelId}/p${message.ts.replace('.', '')}`;
      const thread = message.thread_ts ? `?thread_ts=${message.thread_ts}&cid=${channelId}` : '';
      return { ok: true, channel: channelId, permalink: base + thread };
    },
  },
};
