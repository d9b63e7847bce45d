import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { ActivityType } from './activity-type';
import type { ActivityTypeAdministration } from './activity-type-ports';
import { checkedNames } from './activity-type-rules';
import { auditEntry } from './audit-entry';
import { requireAdmin } from './require-admin';
import type { TypeNames } from './type-names';

/** A new type goes last, so the order staff know stays as it was. */
export class AddActivityType {
  constructor(
    private readonly types: ActivityTypeAdministration,
    private readonly clock: Clock,
  ) {}

  async execute(viewer: Viewer | null, input: { names: TypeNames }): Promise<ActivityType> {
    requireAdmin(viewer);
    return this.types.change(viewer.workspaceId, async (types) => {
      const all = await types.listAll();
      const names = checkedNames(input.names, all);
      const position = Math.max(0, ...all.map((type) => type.position)) + 1;
      const created = await types.create({ nameEn: names.en, nameSv: names.sv, position });
      await types.audit(
        auditEntry(viewer, this.clock, {
          action: 'activity_type.added',
          typeId: created.id,
          details: {
            names: { en: names.en, sv: names.sv },
            position,
          },
        }),
      );
      return created;
    });
  }
}
