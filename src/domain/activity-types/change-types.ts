import { auditBy } from '../audit';
import type { Clock } from '../clock';
import type { JsonObject } from '../json';
import type { Viewer } from '../viewer';
import type { ActivityType } from './activity-type';
import type { ActivityTypeAdministration, ActivityTypeChangeSet } from './activity-type-ports';
import type { ActivityTypeAction } from './audit-entry';
import { requireAdmin } from './require-admin';

/** What a change of the types works on: every type (archived too, in admin order), the change set, the audit. */
export interface TypesChange {
  all: ActivityType[];
  types: ActivityTypeChangeSet;
  audit(entry: { action: ActivityTypeAction; typeId: number; details: JsonObject }): Promise<void>;
}

export interface TypeAdminDeps {
  types: ActivityTypeAdministration;
  clock: Clock;
}

/**
 * An admin's change of the workspace's activity types: refused to anyone else (admin_only),
 * made in one transaction over the whole list so that no other change interleaves, and
 * audited by who made it.
 */
export function changeTypes<T>(
  deps: TypeAdminDeps,
  viewer: Viewer | null,
  change: (on: TypesChange) => Promise<T>,
): Promise<T> {
  requireAdmin(viewer);
  return deps.types.change(viewer.workspaceId, async (types) =>
    change({
      all: await types.listAll(),
      types,
      audit: ({ typeId, ...entry }) =>
        types.audit(auditBy(viewer, deps.clock, { ...entry, targetId: typeId })),
    }),
  );
}
