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
import type { BuildPersonalDigests } from '../../domain/digests/personal-digest';
import { employeeViewer } from '../../domain/employees/employee-viewer';
import { messages } from '../../i18n';
import { DIGEST_ITEMS_MAX, personalDigestMessage } from '../views/digests/personal-digest-view';

/** Messages drawn between two turns of the event loop. */
const YIELD_EVERY = 10;

/**
 * Personal digests: every employee who wants one, to their DM, in their own
 * language and time zone. A batch of claims costs three queries: employees,
 * ranked activities, activity details.
 */
export class PersonalDigestAudience implements DigestAudience {
  readonly kind = 'PERSONAL' as const;

  constructor(
    private readonly deps: {
      deliveries: DigestClaims;
      recipients: DigestRecipients;
      build: BuildPersonalDigests;
      homeUrl: () => string | undefined;
    },
  ) {}

  zones(): Promise<Zone[]> {
    return this.deps.deliveries.employeeZones();
  }

  claim(windows: DueWindow[], terms: ClaimTerms): Promise<ClaimBatch> {
    return this.deps.deliveries.claimPersonal(windows, terms);
  }

  async compose(claims: DigestClaim[], now: Date): Promise<Map<number, OutgoingDigest | null>> {
    const employees = await this.deps.recipients.employees(claims.map((claim) => claim.recipientId));
    const recipients = claims.flatMap((claim) => {
      const employee = employees.get(claim.recipientId);
      return employee
        ? [
            {
              employeeId: employee.id,
              workspaceId: employee.workspaceId,
              timezone: employee.timezone,
              localDate: claim.localDate,
            },
          ]
        : [];
    });
    const digests = await this.deps.build.forRecipients(recipients, now, DIGEST_ITEMS_MAX);
    const out = new Map<number, OutgoingDigest | null>();
    for (const [index, claim] of claims.entries()) {
      // Drawing a batch takes a while; posts of the batch before are being paced meanwhile
      // and must not be held up, or they bunch up later and meet Slack's rate limit.
      if (index % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
      const employee = employees.get(claim.recipientId);
      const digest = digests.get(claim.recipientId);
      // product §5.2: no message when nothing is unfinished.
      if (!employee || !digest || digest.total === 0) {
        out.set(claim.deliveryId, null);
        continue;
      }
      // Admin rights play no part in one's own digest.
      const viewer = employeeViewer(employee.workspace, employee, false);
      const message = personalDigestMessage({ m: messages(viewer.locale), viewer, now }, digest, {
        homeUrl: this.deps.homeUrl(),
      });
      out.set(claim.deliveryId, {
        slackTeamId: employee.workspace.slackTeamId,
        channel: employee.slackUserId,
        ...message,
      });
    }
    return out;
  }
}
