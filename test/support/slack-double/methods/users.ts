import { refuse } from '../api-error';
import { bool, clone, int, type JsonObject, str } from '../json';
import type { SlackUser } from '../types';
import type { MethodTable } from './context';
import { knownUser } from './message-rules';

/** Slack includes `locale` only when asked with include_locale. */
function present(user: SlackUser, includeLocale: boolean): JsonObject {
  const copy: JsonObject = clone(user);
  if (!includeLocale) delete copy.locale;
  return copy;
}

const cursorFor = (userId: string) => Buffer.from(`user:${userId}`).toString('base64');

function startOf(users: SlackUser[], cursor: string | undefined): number {
  if (!cursor) return 0;
  const id = Buffer.from(cursor, 'base64')
    .toString('utf8')
    .replace(/^user:/, '');
  const index = users.findIndex((u) => u.id === id);
  return index >= 0 ? index : refuse('invalid_cursor');
}

export const userMethods: MethodTable = {
  'users.info': {
    token: 'bot',
    handle: (args, ctx) => ({
      ok: true,
      user: present(knownUser(ctx, args.user), bool(args.include_locale)),
    }),
  },
  'users.lookupByEmail': {
    token: 'bot',
    handle: (args, ctx) => {
      const user = ctx.ws.users.byEmail(str(args.email) ?? '') ?? refuse('users_not_found');
      return { ok: true, user: present(user, false) };
    },
  },
  'users.list': {
    token: 'bot',
    handle: (args, ctx) => {
      const all = ctx.ws.users.list();
      const start = startOf(all, str(args.cursor));
      const limit = int(args.limit) || all.length;
      const page = all.slice(start, start + limit);
      const next = all[start + limit];
      return {
        ok: true,
        members: page.map((u) => present(u, bool(args.include_locale))),
        cache_ts: Math.floor(ctx.now() / 1000),
        response_metadata: { next_cursor: next ? cursorFor(next.id) : '' },
      };
    },
  },
};
