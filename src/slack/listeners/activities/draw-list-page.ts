import type { ListFilter } from '../../../domain/activities/list-activities';
import { activityList } from '../../views/activities/activity-list';
import type { SlackMessage } from '../../views/help-view';
import type { ListenerDeps } from '../deps';
import { type ActingUser, viewContext } from './acting-user';

export interface ListRequest {
  filter: ListFilter;
  /** Whose activities; absent with `personId`. */
  responsibleSlackUserId?: string;
  personId?: number;
  page: number;
  cursor: string | null;
}

/** One page of a list, or null when the named user is not someone we can list for. */
export async function drawListPage(
  deps: ListenerDeps,
  user: ActingUser,
  request: ListRequest,
): Promise<SlackMessage | null> {
  const { viewer } = user;
  let responsible: { id: number; timezone: string } | undefined;
  if (request.responsibleSlackUserId === viewer.slackUserId) {
    responsible = { id: viewer.employeeId, timezone: viewer.timezone };
  } else if (request.responsibleSlackUserId) {
    const employee = await deps.employees.resolve(user.workspace, request.responsibleSlackUserId);
    if (!employee) return null;
    responsible = { id: employee.id, timezone: employee.timezone };
  }
  const [page, person] = await Promise.all([
    deps.activities.list.execute(viewer, {
      filter: request.filter,
      responsible,
      personId: request.personId,
      cursor: request.cursor,
    }),
    request.personId === undefined ? null : deps.activities.form.person(viewer.workspaceId, request.personId),
  ]);
  return activityList(viewContext(user, deps), {
    state: {
      f: request.filter,
      r: request.responsibleSlackUserId,
      p: request.personId,
      n: request.page,
      i: page.items.map((item) => item.id),
      x: page.nextCursor,
    },
    records: page.items,
    personName: person?.name,
  });
}
