import { trashList } from '../../views/activities/trash-list';
import type { SlackMessage } from '../../views/help-view';
import { type ActingUser, viewContext } from '../acting-user';
import type { ListenerDeps } from '../deps';

/** One page of the user's trash (`/activity trash`, and its *More*). */
export async function drawTrashPage(
  deps: ListenerDeps,
  user: ActingUser,
  request: { page: number; cursor: string | null },
): Promise<SlackMessage> {
  const page = await deps.activities.trash.execute(user.viewer, { cursor: request.cursor });
  return trashList(viewContext(user, deps), {
    state: { n: request.page, i: page.items.map((item) => item.id), x: page.nextCursor },
    records: page.items,
  });
}
