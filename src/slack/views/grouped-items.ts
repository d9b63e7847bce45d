/**
 * The groups' items that fit in `room` items in all, group by group in order (a group
 * with none left is dropped), and how many of the groups' `count` were left out.
 */
export function fitGroups<Group extends { count: number; items: readonly unknown[] }>(
  groups: readonly Group[],
  room: number,
): { shown: { group: Group; items: Group['items'][number][] }[]; hidden: number } {
  const shown: { group: Group; items: Group['items'][number][] }[] = [];
  let left = room;
  let hidden = 0;
  for (const group of groups) {
    const items = group.items.slice(0, left);
    left -= items.length;
    hidden += group.count - items.length;
    if (items.length > 0) shown.push({ group, items });
  }
  return { shown, hidden };
}
