import type { SqlDriver } from '../../src/db/sql-driver';
import { defaultActivityTypes } from '../../src/domain/workspaces/default-activity-types';
import type { PlannedWorkspace } from './plan';
import { text, timestamp } from './sql-literals';

export interface ReadyWorkspace {
  id: number;
  typeIds: Map<string, number>;
}

/**
 * The workspaces with the app's own seven starting types. Existing rows are kept
 * (the app may have met T0001 already), so the app later finds exactly what it would
 * have created itself.
 */
export async function ensureWorkspaces(
  sql: SqlDriver,
  plans: PlannedWorkspace[],
  anchor: Date,
): Promise<ReadyWorkspace[]> {
  const types = defaultActivityTypes();
  const ready: ReadyWorkspace[] = [];
  for (const plan of plans) {
    await sql.exec(`
INSERT INTO "Workspace" ("slackTeamId", name, "defaultLocale", "defaultTimezone", "holidayCountry", "updatedAt")
VALUES (${text(plan.slackTeamId)}, ${text(`Bench workspace ${plan.index}`)}, 'sv', 'Europe/Stockholm', 'SE', ${timestamp(anchor)})
ON CONFLICT ("slackTeamId") DO NOTHING`);
    const [row] = await sql.query<{ id: number }>('SELECT id FROM "Workspace" WHERE "slackTeamId" = $1', [
      plan.slackTeamId,
    ]);
    const id = row!.id;
    const values = types
      .map(
        (type) =>
          `(${id}, ${text(type.key)}, ${text(type.nameEn)}, ${text(type.nameSv)}, ${type.position}, ${type.defaultDueDays ?? 'NULL'}, ${timestamp(anchor)})`,
      )
      .join(',\n  ');
    await sql.exec(`
INSERT INTO "ActivityType" ("workspaceId", key, "nameEn", "nameSv", position, "defaultDueDays", "updatedAt")
VALUES ${values}
ON CONFLICT ("workspaceId", key) DO NOTHING`);
    const followUps = types
      .filter((type) => type.followUpKey !== null)
      .map((type) => `(${text(type.key)}, ${text(type.followUpKey!)})`)
      .join(', ');
    await sql.exec(`
UPDATE "ActivityType" AS t SET "followUpTypeId" = f.id
FROM (VALUES ${followUps}) AS link(key, follow_up_key)
JOIN "ActivityType" AS f ON f."workspaceId" = ${id} AND f.key = link.follow_up_key
WHERE t."workspaceId" = ${id} AND t.key = link.key AND t."followUpTypeId" IS NULL`);
    const rows = await sql.query<{ id: number; key: string }>(
      'SELECT id, key FROM "ActivityType" WHERE "workspaceId" = $1 AND key IS NOT NULL',
      [id],
    );
    ready.push({ id, typeIds: new Map(rows.map((type) => [type.key, type.id])) });
  }
  return ready;
}
