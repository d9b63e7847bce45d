import { AppError } from '../app-error';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { ActivityType } from './activity-type';
import type { ActivityTypeAdministration } from './activity-type-ports';
import { sameName, typeIn } from './activity-type-rules';
import { auditEntry } from './audit-entry';
import { requireAdmin } from './require-admin';

/** Makes an archived type choosable again, unless an active type took its name meanwhile. */
export class UnarchiveActivityType {
  constructor(
    private readonly types: ActivityTypeAdministration,
    private readonly clock: Clock,
  ) {}

  async run(viewer: Viewer | null, input: { typeId: number }): Promise<ActivityType> {
    requireAdmin(viewer);
    return this.types.change(viewer.workspaceId, async (types) => {
      const all = await types.listAll();
      const type = typeIn(all, input.typeId);
      if (!type.archived) return type;
      if (all.some((other) => !other.archived && sameName(other.name, type.name))) {
        throw new AppError('activity_type_name_taken', (m) =>
          m.admin.types.errors.unarchiveNameTaken(type.name),
        );
      }
      const restored = await types.update(type.id, { archived: false });
      await types.audit(
        auditEntry(viewer, this.clock, 'activity_type.unarchived', type.id, { name: type.name }),
      );
      return restored;
    });
  }
}
