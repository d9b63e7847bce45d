import type { SqlDriver } from '../../src/db/sql-driver';
import { SlackUserAgent } from '../../test/support/slack-double';
import type { AgentIdentity } from '../../test/support/slack-double/agent/payload-base';
import { addBenchUsers } from '../bench-users';
import { slackUserIdFor } from '../generate';
import type { PreparedDatabase } from '../targets/prepared-database';
import { SIGNING_SECRET, type TouchbaseUnderTest } from '../touchbase-under-test';

/** Users who log, save and press buttons: the first generated employees of T0001. */
const ACTORS = 50;
/** Users whose list and Home are read; one per request in flight, so none waits on itself. */
const READERS = 8;
/** The product's busy user (product §11): this many unfinished activities in their list and Home. */
export const READER_UNFINISHED = 300;
/** Persons the texts and forms name, spread over the register. */
const PERSONS = 200;

export interface PathFixtures {
  /** How requests name the workspace and app, as Slack does. */
  who: AgentIdentity;
  workspaceId: number;
  actors: string[];
  readers: string[];
  persons: { id: number; name: string }[];
  /** The Log activity form each actor has open (a view id in the double). */
  openForms: Map<string, string>;
  outgoingCallTypeId: number;
  /** Unfinished activities of the actors, oldest first, for *Done now*. */
  unfinished: { id: number; responsibleSlackUserId: string }[];
}

/**
 * Shapes the shared data set for the user paths, idempotently (a kept PGlite directory
 * comes back with the changes of earlier runs): every reader gets exactly 300 unfinished
 * activities, moved from or to an employee no benchmark user is; every actor has the
 * Log activity form open, as a user does before saving it.
 */
export async function preparePathFixtures(
  touchbase: TouchbaseUnderTest,
  database: PreparedDatabase,
  doneNeeded: number,
): Promise<PathFixtures> {
  const { double, app } = touchbase;
  const plan = database.data.workspaces[0]!;
  const spare = plan.employees.start + ACTORS + READERS + 1;
  if (plan.employees.count < ACTORS + READERS + 1)
    throw new Error(`the user paths need ${ACTORS + READERS + 1} employees in T0001`);
  const actors = addBenchUsers(double, ACTORS);
  const readers = addBenchUsers(double, READERS, ACTORS + 1);
  const sql = app.database.sql;
  for (let row = ACTORS + 1; row <= ACTORS + READERS; row += 1)
    await giveUnfinished(sql, plan.id, plan.employees.start + row, spare);

  const persons = await sql.query<{ id: number; name: string }>(
    `SELECT id, name FROM "Person" WHERE "workspaceId" = $1 AND NOT archived AND id % 97 = 0 ORDER BY id LIMIT ${PERSONS}`,
    [plan.id],
  );
  const [type] = await sql.query<{ id: number }>(
    `SELECT id FROM "ActivityType" WHERE "workspaceId" = $1 AND key = 'OUTGOING_CALL'`,
    [plan.id],
  );
  const unfinished = (
    await sql.query<{ id: number; responsibleId: number }>(
      `SELECT id, "responsibleId" FROM "Activity" WHERE "workspaceId" = $1 AND status <> 'DONE'
       AND "deletedAt" IS NULL AND "responsibleId" BETWEEN $2 AND $3 ORDER BY id LIMIT ${doneNeeded}`,
      [plan.id, plan.employees.start + 1, plan.employees.start + ACTORS],
    )
  ).map((row) => ({ id: row.id, responsibleSlackUserId: slackUserIdFor(row.responsibleId) }));
  if (unfinished.length < doneNeeded)
    throw new Error(
      `Done now needs ${doneNeeded} unfinished activities of the actors; there are ${unfinished.length}`,
    );
  if (!type || persons.length === 0)
    throw new Error('the prepared data has no Outgoing call type or no persons');

  const agent = new SlackUserAgent({
    double,
    signingSecret: SIGNING_SECRET,
    transport: { kind: 'http', url: touchbase.eventsUrl },
  });
  const openForms = new Map<string, string>();
  for (const userId of actors) {
    const since = double.calls.length;
    await agent.slashCommand({ command: '/activity', userId });
    await double.waitForCall('views.open', (call) => call.status === 200, { since });
    const view = double.latestView(userId);
    if (!view) throw new Error(`no Log activity form opened for ${userId}`);
    openForms.set(userId, view.id);
  }
  double.clearCalls();

  return {
    who: {
      teamId: double.teamId,
      teamDomain: double.teamDomain,
      apiAppId: double.appId,
      token: 'verification-token',
    },
    workspaceId: plan.id,
    actors,
    readers,
    persons,
    openForms,
    outgoingCallTypeId: type.id,
    unfinished,
  };
}

/** Exactly READER_UNFINISHED unfinished activities for the employee: surplus to `spare`, shortfall from others. */
async function giveUnfinished(sql: SqlDriver, workspaceId: number, employeeId: number, spare: number) {
  const unfinished = `status <> 'DONE' AND "deletedAt" IS NULL`;
  await sql.query(
    `UPDATE "Activity" SET "responsibleId" = $2 WHERE id IN (
       SELECT id FROM "Activity" WHERE "responsibleId" = $1 AND ${unfinished} ORDER BY id OFFSET ${READER_UNFINISHED})`,
    [employeeId, spare],
  );
  await sql.query(
    `UPDATE "Activity" SET "responsibleId" = $1 WHERE id IN (
       SELECT id FROM "Activity" WHERE "workspaceId" = $2 AND "responsibleId" >= $3 AND ${unfinished}
       ORDER BY id LIMIT greatest(0, ${READER_UNFINISHED} - (
         SELECT count(*) FROM "Activity" WHERE "responsibleId" = $1 AND ${unfinished})))`,
    [employeeId, workspaceId, spare],
  );
}
