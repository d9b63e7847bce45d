import { Prisma } from '../../generated/prisma/client';

/**
 * `key` (a phone number's digits) is one of the keys touchbase_phone_keys lists for
 * person p's phone. Written exactly as the GIN index Person_phoneKeys_idx (migration
 * phone_keys_index) is, so that index answers it. Callers put it behind an `OFFSET 0`
 * fence and filter by workspace outside: otherwise the planner ANDs the index with
 * every row of the workspace from a b-tree, which costs more than the look-up itself.
 */
export function phoneKeysHold(key: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`string_to_array(touchbase_phone_keys(p."phone"), ' ') @> ARRAY[${key}]`;
}
