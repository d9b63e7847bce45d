import type { SlackDouble } from '../../test/support/slack-double';

export interface SlashBodiesInput {
  command: string;
  /** The same text every time, or the text of request i. */
  text: string | ((i: number) => string);
  userIds: readonly string[];
  count: number;
  /** Lifetime of the trigger ids, for bodies prepared long before they are sent (default Slack's 3 s). */
  triggerTtlMs?: number;
}

/**
 * Form bodies as Slack sends them for a slash command, one per request, the users
 * taking turns in a scattered order so consecutive requests rarely share a user.
 * Trigger ids and response URLs come from the double, as real ones come from Slack.
 */
export function slashCommandBodies(double: SlackDouble, input: SlashBodiesInput): string[] {
  const users = input.userIds;
  const step = coprimeStep(users.length);
  const { text } = input;
  const textAt = typeof text === 'string' ? () => text : text;
  return Array.from({ length: input.count }, (_, i) => {
    const userId = userIdAt(users, i, step);
    const channelId = double.dmChannelFor(userId);
    return new URLSearchParams({
      token: 'verification-token',
      team_id: double.teamId,
      team_domain: double.teamDomain,
      channel_id: channelId,
      channel_name: 'directmessage',
      user_id: userId,
      user_name: double.user(userId)?.name ?? userId.toLowerCase(),
      command: input.command,
      text: textAt(i),
      api_app_id: double.appId,
      is_enterprise_install: 'false',
      response_url: double.issueResponseUrl({ userId, channelId }),
      trigger_id: double.issueTriggerId({ userId, channelId }, input.triggerTtlMs),
    }).toString();
  });
}

/** The user of request i: all take turns, in a scattered order so consecutive requests rarely share one. */
export function userIdAt(users: readonly string[], i: number, step = coprimeStep(users.length)): string {
  return users[(i * step) % users.length]!;
}

function coprimeStep(length: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  for (let step = 7; step < length + 7; step += 1) if (gcd(step, length) === 1) return step;
  return 1;
}
