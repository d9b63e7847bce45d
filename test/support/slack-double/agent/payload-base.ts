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
 * The Enterprise Grid organization a payload names: the workspace's, and whether the app is
 * installed org-wide there (then Slack marks payloads `is_enterprise_install` and an event's
 * authorization names no team).
 */
function gridOf(double: SlackDouble): { id: string; name: string; orgWide: boolean } | undefined {
  const organization = double.organization;
  if (!organization) return undefined;
  return { id: organization.enterpriseId, name: organization.name, orgWide: organization.isInstalledOrgWide };
}

/** The slash command fields of an Enterprise Grid workspace (none outside one). */
export function commandGridFields(double: SlackDouble): JsonObject {
  const grid = gridOf(double);
  if (!grid) return { is_enterprise_install: 'false' };
  return { enterprise_id: grid.id, enterprise_name: grid.name, is_enterprise_install: String(grid.orgWide) };
}

/**
 * Fields every interaction payload carries. `team` is where the click happened; `user.team_id`
 * is the user's own team, which for a Slack Connect user of another organization differs.
 */
export function interactionBase(double: SlackDouble, who: AgentIdentity, userId: string): JsonObject {
  const known = double.user(userId);
  const name = known?.name ?? userId.toLowerCase();
  const userTeam = known && known.team_id !== double.teamId ? known.team_id : who.teamId;
  const grid = gridOf(double);
  return {
    token: who.token,
    api_app_id: who.apiAppId,
    team: {
      id: who.teamId,
      domain: who.teamDomain,
      ...(grid ? { enterprise_id: grid.id, enterprise_name: grid.name } : {}),
    },
    user: { id: userId, username: name, name, team_id: userTeam },
    enterprise: grid ? { id: grid.id, name: grid.name } : null,
    is_enterprise_install: grid?.orgWide ?? false,
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
  delivery: string | { eventId: string; withoutTeam?: boolean },
): JsonObject {
  const input = typeof delivery === 'string' ? { eventId: delivery } : delivery;
  const { eventId } = input;
  const grid = gridOf(double);
  // Org-wide: the authorization is the organization's; the workspace is named on the envelope,
  // or (withoutTeam) not at all, as some events of an org-wide install arrive.
  const team = input.withoutTeam === true ? {} : { team_id: who.teamId, context_team_id: who.teamId };
  return {
    token: who.token,
    ...team,
    ...(grid ? { enterprise_id: grid.id } : {}),
    context_enterprise_id: grid?.id ?? null,
    api_app_id: who.apiAppId,
    event: { event_ts: slackTs(), ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: grid?.id ?? null,
        team_id: grid?.orgWide ? null : who.teamId,
        user_id: double.botUserId,
        is_bot: true,
        is_enterprise_install: grid?.orgWide ?? false,
      },
    ],
    is_ext_shared_channel: false,
  };
}
