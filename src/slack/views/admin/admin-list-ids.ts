/**
 * The ids of one paged list of the admin modal whose items each have a menu (activity
 * types, teams, API tokens): the *Add* button, the pager's buttons, one overflow menu per
 * item (Slack wants action ids unique within a view) and the blocks that hold them.
 * Listeners register on these and the views put them on screen.
 */
export interface AdminListIds {
  add: string;
  previousPage: string;
  nextPage: string;
  pagePattern: RegExp;
  menuPrefix: string;
  menuPattern: RegExp;
  actionsBlock: string;
  pagerBlock: string;
  itemBlock(id: number): string;
}

/** `item` names one entry (`team`), `list` the whole (`teams`). */
export function adminListIds(item: string, list: string): AdminListIds {
  return {
    add: `admin_${item}_add_open`,
    previousPage: `admin_${list}_page_previous`,
    nextPage: `admin_${list}_page_next`,
    pagePattern: new RegExp(`^admin_${list}_page_(previous|next)$`),
    menuPrefix: `admin_${item}_menu:`,
    menuPattern: new RegExp(`^admin_${item}_menu:\\d+$`),
    actionsBlock: `admin_${list}_actions`,
    pagerBlock: `admin_${list}_pager`,
    itemBlock: (id) => `admin_${item}:${id}`,
  };
}

/** An item's menu value: what was chosen, for which id (`rename:12`). */
export function menuValue(operation: string, id: number): string {
  return `${operation}:${id}`;
}

/** Reads a menu value back, for the operations a list offers; null for anything else. */
export function parseMenuValue<Operation extends string>(
  value: string,
  operations: readonly Operation[],
): { operation: Operation; id: number } | null {
  const match = /^([a-z]+):(\d+)$/.exec(value);
  if (!match || !operations.includes(match[1] as Operation)) return null;
  return { operation: match[1] as Operation, id: Number(match[2]) };
}
