import { AppError } from '../app-error';
import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { ActivityType } from './activity-type';
import type { ActivityTypeAdministration } from './activity-type-ports';
import { takenName, typeIn } from './activity-type-rules';
import { auditEntry } from './audit-entry';
import { requireAdmin } from './require-admin';
import { typeNames } from './type-names';

/** Makes an archived type choosable again, unless an active type took one of its names meanwhile. */
export class UnarchiveActivityType {
  constructor(
    private readonly types: ActivityTypeAdministration,
    private readonly clock: Clock,
  ) {}

  async execute(viewer: Viewer | null, input: { typeId: number }): Promise<ActivityType> {
    requireAdmin(viewer);
    return this.types.change(viewer.workspaceId, async (types) => {
      const all = await types.listAll();
      const type = typeIn(all, input.typeId);
      if (!type.archived) return type;
      const names = typeNames(type);
      const taken = takenName(type, all);
      if (taken !== undefined) {
        throw new AppError('activity_type_name_taken', (m) => m.admin.types.errors.unarchiveNameTaken(taken));
      }
      const restored = await types.update(type.id, { archived: false });
      await types.audit(
        auditEntry(viewer, this.clock, {
          action: 'activity_type.unarchived',
          typeId: type.id,
          details: {
            names: { en: names.en, sv: names.sv },
          },
        }),
      );
      return restored;
    });
  }
}
