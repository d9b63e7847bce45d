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

/** An Events API event wrapped in the event_callback Slack sends over HTTP and Socket Mode. */
export function eventCallback(
  double: SlackDouble,
  who: AgentIdentity,
  event: JsonObject,
  eventId: string,
): JsonObject {
  return {
    token: who.token,
    team_id: who.teamId,
    context_team_id: who.teamId,
    context_enterprise_id: null,
    api_app_id: who.apiAppId,
    event: { event_ts: slackTs(), ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: who.teamId,
        user_id: double.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
}
