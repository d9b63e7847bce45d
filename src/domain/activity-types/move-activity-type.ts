import { ValidationError } from '../validation-error';
import type { Viewer } from '../viewer';
import { typeIn } from './activity-type-rules';
import { changeTypes, type TypeAdminDeps } from './change-types';
import { type TypeNames, typeNames } from './type-names';

export type MoveTarget = { direction: 'up' | 'down' } | { position: number };

export interface MoveResult {
  names: TypeNames;
  position: number;
  moved: boolean;
}

/**
 * Reorders archived and active types together and renumbers them 1..n, so positions
 * stay dense whatever gaps an earlier version or a failed write left behind.
 */
export class MoveActivityType {
  constructor(private readonly deps: TypeAdminDeps) {}

  async execute(viewer: Viewer | null, input: { typeId: number } & MoveTarget): Promise<MoveResult> {
    return changeTypes(this.deps, viewer, async ({ all, types, audit }) => {
      const type = typeIn(all, input.typeId);
      const from = all.indexOf(type);
      const to = targetIndex(input, from, all.length);
      const order = all.filter((other) => other !== type);
      order.splice(to, 0, type);
      const renumbered = order
        .map((other, index) => ({ id: other.id, position: index + 1, before: other.position }))
        .filter((entry) => entry.position !== entry.before);
      await types.setPositions(renumbered.map(({ id, position }) => ({ id, position })));
      if (to !== from) {
        await audit({
          action: 'activity_type.moved',
          typeId: type.id,
          details: { from: from + 1, to: to + 1 },
        });
      }
      return { names: typeNames(type), position: to + 1, moved: to !== from };
    });
  }
}

/** Where the type ends up (0-based); moving past either end leaves it where it is. */
function targetIndex(target: MoveTarget, from: number, count: number): number {
  if ('direction' in target) {
    return Math.min(count - 1, Math.max(0, from + (target.direction === 'up' ? -1 : 1)));
  }
  if (!Number.isInteger(target.position) || target.position < 1 || target.position > count) {
    throw new ValidationError({ position: (m) => m.admin.types.errors.position(count) });
  }
  return target.position - 1;
}
