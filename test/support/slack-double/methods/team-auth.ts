import type { MethodTable } from './context';

export const teamAuthMethods: MethodTable = {
  'auth.test': {
    token: 'bot',
    handle: (_args, { ws: { config }, orgWide }) => ({
      ok: true,
      url: `https://${config.teamDomain}.slack.com/`,
      team: config.teamName,
      user: config.botName,
      team_id: config.teamId,
      user_id: config.botUserId,
      bot_id: config.botId,
      ...(config.enterpriseId ? { enterprise_id: config.enterpriseId } : {}),
      is_enterprise_install: orgWide === true,
    }),
  },
  'auth.teams.list': {
    token: 'bot',
    // The workspaces an org-wide app was added to (one page: the double's organizations are small).
    handle: (_args, ctx) => ({
      ok: true,
      teams: (ctx.teams?.() ?? []).map((team) => ({ id: team.id, name: team.name })),
      response_metadata: { next_cursor: '' },
    }),
  },
  'team.info': {
    token: 'bot',
    handle: (_args, { ws: { config } }) => ({
      ok: true,
      team: {
        id: config.teamId,
        name: config.teamName,
        domain: config.teamDomain,
        email_domain: '',
        icon: {
          image_default: true,
          image_34: 'https://a.slack-edge.com/80588/img/avatars-teams/ava_0001-34.png',
        },
        is_verified: false,
      },
    }),
  },
  'bots.info': {
    token: 'bot',
    handle: (args, { ws: { config } }) => {
      // Slack knows every bot of the workspace; the double knows its own.
      if (args.bot !== config.botId) return { ok: false, error: 'bot_not_found' };
      return {
        ok: true,
        bot: {
          id: config.botId,
          deleted: false,
          name: config.botName,
          updated: 0,
          app_id: config.appId,
          user_id: config.botUserId,
          icons: {},
        },
      };
    },
  },
  'apps.connections.open': {
    token: 'app',
    handle: (_args, ctx) => ({ ok: true, url: ctx.socketUrl() }),
  },
};
