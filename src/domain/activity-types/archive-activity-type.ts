import { AppError } from '../app-error';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { ActivityType } from './activity-type';
import type { ActivityTypeAdministration } from './activity-type-ports';
import { typeIn } from './activity-type-rules';
import { auditEntry } from './audit-entry';
import { requireAdmin } from './require-admin';
import { typeNames } from './type-names';

/**
 * Archived types stay on the activities that have them but can no longer be chosen.
 * The last active type is kept, or nobody could log anything.
 */
export class ArchiveActivityType {
  constructor(
    private readonly types: ActivityTypeAdministration,
    private readonly clock: Clock,
  ) {}

  async execute(viewer: Viewer | null, input: { typeId: number }): Promise<ActivityType> {
    requireAdmin(viewer);
    return this.types.change(viewer.workspaceId, async (types) => {
      const all = await types.listAll();
      const type = typeIn(all, input.typeId);
      if (type.archived) return type;
      if (!all.some((other) => other.id !== type.id && !other.archived)) {
        throw new AppError('last_active_type', (m) => m.admin.types.errors.lastActive);
      }
      const archived = await types.update(type.id, { archived: true });
      await types.audit(
        auditEntry(viewer, this.clock, {
          action: 'activity_type.archived',
          typeId: type.id,
          details: { names: { ...typeNames(type) } },
        }),
      );
      return archived;
    });
  }
}
