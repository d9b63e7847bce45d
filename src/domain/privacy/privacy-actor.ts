import { requireAdmin } from '../activity-types/require-admin';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { PrivacyAuditEntry } from './privacy-ports';

/**
 * Who asks for an export or an erasure: an admin in Slack, or an API token with
 * the `admin` scope (the route checks the scope; here it is the token's name).
 */
export type PrivacyActor =
  | { kind: 'employee'; viewer: Viewer | null }
  | { kind: 'token'; workspaceId: number; tokenName: string };

/** The actor's workspace, once they are known to be allowed (AppError admin_only otherwise). */
export function allowedWorkspace(actor: PrivacyActor): number {
  if (actor.kind === 'token') return actor.workspaceId;
  requireAdmin(actor.viewer);
  return actor.viewer.workspaceId;
}

export function auditOf(actor: PrivacyActor, clock: Clock): PrivacyAuditEntry {
  return actor.kind === 'token'
    ? { actorId: null, actorLabel: `API token “${actor.tokenName}”`, createdAt: clock.now() }
    : { actorId: actor.viewer?.employeeId ?? null, actorLabel: null, createdAt: clock.now() };
}
