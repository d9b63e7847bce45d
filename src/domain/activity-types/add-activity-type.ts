import type { Clock } from '../clock';
import type { Viewer } from '../viewer';
import type { ActivityType } from './activity-type';
import type { ActivityTypeAdministration } from './activity-type-ports';
import { checkedName } from './activity-type-rules';
import { auditEntry } from './audit-entry';
import { requireAdmin } from './require-admin';

/** A new type goes last, so the order staff know stays as it was. */
export class AddActivityType {
  constructor(
    private readonly types: ActivityTypeAdministration,
    private readonly clock: Clock,
  ) {}

  async run(viewer: Viewer | null, input: { name: string }): Promise<ActivityType> {
    requireAdmin(viewer);
    return this.types.change(viewer.workspaceId, async (types) => {
      const all = await types.listAll();
      const name = checkedName(input.name, all);
      const position = Math.max(0, ...all.map((type) => type.position)) + 1;
      const created = await types.create({ name, position });
      await types.audit(
        auditEntry(viewer, this.clock, 'activity_type.added', created.id, { name, position }),
      );
      return created;
    });
  }
}
