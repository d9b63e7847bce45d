/**
 * The bot scopes an install asks for: the same as manifest.yml's oauth_config.scopes.bot
 * (test/manifest.test.ts holds the two together).
 */
export const BOT_SCOPES = [
  'commands',
  'chat:write',
  'im:write',
  'chat:write.public',
  'users:read',
  'users:read.email',
  'team:read',
  'files:write',
  'channels:read',
  'groups:read',
] as const;
