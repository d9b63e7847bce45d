import type { Viewer } from '../viewer';
import type { ActivityType } from './activity-type';
import { checkedNames, typeIn } from './activity-type-rules';
import { changeTypes, type TypeAdminDeps } from './change-types';
import { type TypeNames, typeNames } from './type-names';

/** Old activities show the new names too: they point at the type, not at its names. */
export class RenameActivityType {
  constructor(private readonly deps: TypeAdminDeps) {}

  async execute(viewer: Viewer | null, input: { typeId: number; names: TypeNames }): Promise<ActivityType> {
    return changeTypes(this.deps, viewer, async ({ all, types, audit }) => {
      const type = typeIn(all, input.typeId);
      const before = typeNames(type);
      const names = checkedNames(input.names, all, type);
      if (names.en === before.en && names.sv === before.sv) return type;
      const renamed = await types.update(type.id, { nameEn: names.en, nameSv: names.sv });
      await audit({
        action: 'activity_type.renamed',
        typeId: type.id,
        details: {
          from: { en: before.en, sv: before.sv },
          to: { en: names.en, sv: names.sv },
        },
      });
      return renamed;
    });
  }
}
