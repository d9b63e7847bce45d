import { isPublicHoliday } from '../../domain/calendar/holidays';
import { workCalendar } from '../../domain/calendar/work-calendar';
import type { ClaimTerms } from '../../domain/deliveries/delivery-run';
import type {
  ClaimBatch,
  DigestAudience,
  DigestClaim,
  DigestClaims,
  DigestRecipients,
  OutgoingDigest,
} from '../../domain/digests/digest-ports';
import type { DueWindow, Zone } from '../../domain/digests/due-window';
import { workspaceLocale } from '../../domain/employees/employee-viewer';
import { workingDays } from '../../domain/teams/team-calendar';
import { BuildTeamDigest } from '../../domain/teams/team-digest';
import type { TeamDigestFigures } from '../../domain/teams/team-ports';
import { messages } from '../../i18n';
import { teamDigestMessage } from '../views/digests/team-digest-view';

/**
 * Team channel digests (product §5.3): one message per team with a channel, at the
 * team's hour in the workspace's time zone, in the workspace's language. The
 * content is built per team (a handful of aggregate queries each; teams are few).
 * The workspace's settings are read with each batch, so an admin's change counts at once.
 */
export class TeamDigestAudience implements DigestAudience {
  readonly kind = 'TEAM' as const;
  private readonly builder: BuildTeamDigest;

  constructor(
    private readonly deliveries: DigestClaims,
    private readonly recipients: DigestRecipients,
    teams: TeamDigestFigures,
  ) {
    this.builder = new BuildTeamDigest(teams);
  }

  zones(): Promise<Zone[]> {
    return this.deliveries.teamZones();
  }

  claim(windows: DueWindow[], terms: ClaimTerms): Promise<ClaimBatch> {
    return this.deliveries.claimTeams(windows, terms);
  }

  async compose(claims: DigestClaim[], now: Date): Promise<Map<number, OutgoingDigest | null>> {
    const workspaces = await this.recipients.workspaces(claims.map((claim) => claim.workspaceId));
    const out = new Map<number, OutgoingDigest | null>();
    for (const claim of claims) {
      const workspace = workspaces.get(claim.workspaceId);
      const digest = workspace
        ? await this.builder.execute(claim.recipientId, {
            localDate: claim.localDate,
            timezone: workspace.defaultTimezone,
            now,
            isWorkingDay: workingDays(
              (date) => isPublicHoliday(workspace.holidayCountry, date),
              workCalendar(workspace).workDays,
            ),
          })
        : null;
      if (!workspace || !digest) {
        // The team is gone or lost its channel since the claim: nothing to post.
        out.set(claim.deliveryId, null);
        continue;
      }
      const message = teamDigestMessage(messages(workspaceLocale(workspace)), digest);
      out.set(claim.deliveryId, {
        slackTeamId: workspace.slackTeamId,
        channel: digest.channelId,
        ...message,
      });
    }
    return out;
  }
}
