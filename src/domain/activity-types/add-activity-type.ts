import type { Viewer } from '../viewer';
import type { ActivityType } from './activity-type';
import { checkedNames } from './activity-type-rules';
import { changeTypes, type TypeAdminDeps } from './change-types';
import type { TypeNames } from './type-names';

/** A new type goes last, so the order staff know stays as it was. */
export class AddActivityType {
  constructor(private readonly deps: TypeAdminDeps) {}

  async execute(viewer: Viewer | null, input: { names: TypeNames }): Promise<ActivityType> {
    return changeTypes(this.deps, viewer, async ({ all, types, audit }) => {
      const names = checkedNames(input.names, all);
      const position = Math.max(0, ...all.map((type) => type.position)) + 1;
      const created = await types.create({ nameEn: names.en, nameSv: names.sv, position });
      await audit({
        action: 'activity_type.added',
        typeId: created.id,
        details: {
          names: { en: names.en, sv: names.sv },
          position,
        },
      });
      return created;
    });
  }
}
