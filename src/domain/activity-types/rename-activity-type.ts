import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { ActivityType } from './activity-type';
import type { ActivityTypeAdministration } from './activity-type-ports';
import { checkedNames, typeIn } from './activity-type-rules';
import { auditEntry } from './audit-entry';
import { requireAdmin } from './require-admin';
import { type TypeNames, typeNames } from './type-names';

/** Old activities show the new names too: they point at the type, not at its names. */
export class RenameActivityType {
  constructor(
    private readonly types: ActivityTypeAdministration,
    private readonly clock: Clock,
  ) {}

  async execute(viewer: Viewer | null, input: { typeId: number; names: TypeNames }): Promise<ActivityType> {
    requireAdmin(viewer);
    return this.types.change(viewer.workspaceId, async (types) => {
      const all = await types.listAll();
      const type = typeIn(all, input.typeId);
      const before = typeNames(type);
      const names = checkedNames(input.names, all, type);
      if (names.en === before.en && names.sv === before.sv) return type;
      const renamed = await types.update(type.id, { nameEn: names.en, nameSv: names.sv });
      await types.audit(
        auditEntry(viewer, this.clock, {
          action: 'activity_type.renamed',
          typeId: type.id,
          details: {
            from: { en: before.en, sv: before.sv },
            to: { en: names.en, sv: names.sv },
          },
        }),
      );
      return renamed;
    });
  }
}
