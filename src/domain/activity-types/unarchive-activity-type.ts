import { AppError } from '../app-error';
import type { Viewer } from '../viewer';
import type { ActivityType } from './activity-type';
import { takenName, typeIn } from './activity-type-rules';
import { changeTypes, type TypeAdminDeps } from './change-types';
import { typeNames } from './type-names';

/** Makes an archived type choosable again, unless an active type took one of its names meanwhile. */
export class UnarchiveActivityType {
  constructor(private readonly deps: TypeAdminDeps) {}

  async execute(viewer: Viewer | null, input: { typeId: number }): Promise<ActivityType> {
    return changeTypes(this.deps, viewer, async ({ all, types, audit }) => {
      const type = typeIn(all, input.typeId);
      if (!type.archived) return type;
      const names = typeNames(type);
      const taken = takenName(type, all);
      if (taken !== undefined) {
        throw new AppError('activity_type_name_taken', (m) => m.admin.types.errors.unarchiveNameTaken(taken));
      }
      const restored = await types.update(type.id, { archived: false });
      await audit({
        action: 'activity_type.unarchived',
        typeId: type.id,
        details: {
          names: { en: names.en, sv: names.sv },
        },
      });
      return restored;
    });
  }
}
