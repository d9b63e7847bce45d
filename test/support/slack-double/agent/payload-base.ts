import type { SlackDouble } from '../double';
import type { JsonObject } from '../json';

export interface AgentIdentity {
  teamId: string;
  teamDomain: string;
  apiAppId: string;
  /** The deprecated verification token Slack still sends alongside signatures. */
  token: string;
}

/**
 * Fields every interaction payload carries. `team` is where the click happened; `user.team_id`
 * is the user's own team, which for a Slack Connect user of another organization differs.
 */
export function interactionBase(double: SlackDouble, who: AgentIdentity, userId: string): JsonObject {
  const known = double.user(userId);
  const name = known?.name ?? userId.toLowerCase();
  const userTeam = known && known.team_id !== double.teamId ? known.team_id : who.teamId;
  return {
    token: who.token,
    api_app_id: who.apiAppId,
    team: { id: who.teamId, domain: who.teamDomain },
    user: { id: userId, username: name, name, team_id: userTeam },
    enterprise: null,
    is_enterprise_install: false,
  };
}

/** `1712345678.123456`: action_ts / event_ts use the message ts format. */
export function slackTs(ms = Date.now()): string {
  return `${Math.floor(ms / 1000)}.${String((ms % 1000) * 1000 + Math.floor(Math.random() * 1000)).padStart(6, '0')}`;
}
