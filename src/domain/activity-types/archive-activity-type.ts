import { AppError } from '../app-error';
import type { Viewer } from '../viewer';
import type { ActivityType } from './activity-type';
import { typeIn } from './activity-type-rules';
import { changeTypes, type TypeAdminDeps } from './change-types';
import { typeNames } from './type-names';

/**
 * Archived types stay on the activities that have them but can no longer be chosen.
 * The last active type is kept, or nobody could log anything.
 */
export class ArchiveActivityType {
  constructor(private readonly deps: TypeAdminDeps) {}

  async execute(viewer: Viewer | null, input: { typeId: number }): Promise<ActivityType> {
    return changeTypes(this.deps, viewer, async ({ all, types, audit }) => {
      const type = typeIn(all, input.typeId);
      if (type.archived) return type;
      if (!all.some((other) => other.id !== type.id && !other.archived)) {
        throw new AppError('last_active_type', (m) => m.admin.types.errors.lastActive);
      }
      const archived = await types.update(type.id, { archived: true });
      await audit({
        action: 'activity_type.archived',
        typeId: type.id,
        details: { names: { ...typeNames(type) } },
      });
      return archived;
    });
  }
}
