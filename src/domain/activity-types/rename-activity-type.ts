import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { ActivityType } from './activity-type';
import type { ActivityTypeAdministration } from './activity-type-ports';
import { checkedName, typeIn } from './activity-type-rules';
import { auditEntry } from './audit-entry';
import { requireAdmin } from './require-admin';

/** Old activities show the new name too: they point at the type, not at its name. */
export class RenameActivityType {
  constructor(
    private readonly types: ActivityTypeAdministration,
    private readonly clock: Clock,
  ) {}

  async run(viewer: Viewer | null, input: { typeId: number; name: string }): Promise<ActivityType> {
    requireAdmin(viewer);
    return this.types.change(viewer.workspaceId, async (types) => {
      const all = await types.listAll();
      const type = typeIn(all, input.typeId);
      const name = checkedName(input.name, all, type);
      if (name === type.name) return type;
      const renamed = await types.update(type.id, { name });
      await types.audit(
        auditEntry(viewer, this.clock, 'activity_type.renamed', type.id, { from: type.name, to: name }),
      );
      return renamed;
    });
  }
}
