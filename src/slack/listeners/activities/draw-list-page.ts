import type { ListFilter } from '../../../domain/activities/list-activities';
import { activityList } from '../../views/activities/activity-list';
import type { SlackMessage } from '../../views/help-view';
import { type ActingUser, viewContext } from '../acting-user';
import type { ListenerDeps } from '../deps';

export interface ListRequest {
  filter: ListFilter;
  /** Whose activities; absent with `personId` or `organizationId`. */
  responsibleSlackUserId?: string;
  personId?: number;
  organizationId?: number;
  page: number;
  cursor: string | null;
}

/** The person's or organization's name for the title of their list. */
export async function listContactName(
  deps: ListenerDeps,
  workspaceId: number,
  list: { p?: number; o?: number },
): Promise<string | undefined> {
  if (list.p !== undefined) return (await deps.activities.form.person(workspaceId, list.p))?.name;
  if (list.o !== undefined) return (await deps.activities.form.organization(workspaceId, list.o))?.name;
  return undefined;
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
    // Someone of another workspace (or organization) has nothing here to list (product §10.4).
    if (!employee || employee.isForeign) return null;
    responsible = { id: employee.id, timezone: employee.timezone };
  }
  const [page, contactName] = await Promise.all([
    deps.activities.list.execute(viewer, {
      filter: request.filter,
      responsible,
      personId: request.personId,
      organizationId: request.organizationId,
      cursor: request.cursor,
    }),
    listContactName(deps, viewer.workspaceId, { p: request.personId, o: request.organizationId }),
  ]);
  return activityList(viewContext(user, deps), {
    state: {
      f: request.filter,
      r: request.responsibleSlackUserId,
      p: request.personId,
      o: request.organizationId,
      n: request.page,
      i: page.items.map((item) => item.id),
      x: page.nextCursor,
    },
    records: page.items,
    contactName,
  });
}
