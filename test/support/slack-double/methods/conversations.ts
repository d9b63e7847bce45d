import { refuse } from '../api-error';
import { str } from '../json';
import type { MethodTable } from './context';
import { dmWith } from './message-rules';

export const conversationMethods: MethodTable = {
  // Slack hides private channels the bot is not in: they answer channel_not_found, as unknown ids do.
  'conversations.info': {
    token: 'bot',
    handle: (args, ctx) => {
      const channel = ctx.ws.channels.get(str(args.channel) ?? '') ?? refuse('channel_not_found');
      if (channel.is_private && !channel.is_im && !channel.is_member) refuse('channel_not_found');
      return { ok: true, channel: { ...channel } };
    },
  },
  'conversations.open': {
    token: 'bot',
    handle: (args, ctx) => {
      const byId = str(args.channel);
      const users = (str(args.users) ?? '')
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean);
      if (byId) {
        const channel = ctx.ws.channels.get(byId) ?? refuse('channel_not_found');
        return { ok: true, channel: { id: channel.id } };
      }
      if (users.length === 0) refuse('users_list_not_supplied');
      // Group DMs are out of scope for Touchbase; refusing beats pretending.
      if (users.length > 1) refuse('not_supported_by_double', ['[ERROR] group DMs are not simulated']);
      const existed = ctx.ws.channels.hasDm(users[0]!);
      const dm = dmWith(ctx, users[0]!);
      const channel = args.return_im === 'true' || args.return_im === true ? { ...dm } : { id: dm.id };
      return existed ? { ok: true, no_op: true, already_open: true, channel } : { ok: true, channel };
    },
  },
};
