import type { WebClient } from '@slack/web-api';

/**
 * slack://app?team=…&id=…&tab=home opens the app's Home tab. auth.test names the
 * team and the bot; bots.info names the app. Without it the digest says where to
 * look in plain words, so any failure here is only a missing link.
 */
export async function appHomeUrl(
  client: WebClient,
  teamId: string,
  botId: string | undefined,
): Promise<string | undefined> {
  if (!botId) return undefined;
  try {
    const info = await client.bots.info({ bot: botId });
    const appId = info.bot?.app_id;
    return appId ? `slack://app?team=${teamId}&id=${appId}&tab=home` : undefined;
  } catch {
    return undefined;
  }
}
