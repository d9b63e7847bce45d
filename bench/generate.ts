import type { SqlDriver } from '../src/db/sql-driver';
import { activitiesSql } from './generator/activities-sql';
import type { BatchSql } from './generator/context';
import { employeesSql } from './generator/employees-sql';
import { organizationsSql } from './generator/organizations-sql';
import { personsSql } from './generator/persons-sql';
import { type DataSizes, type PlannedWorkspace, planWorkspaces, type TableName } from './generator/plan';
import { ensureWorkspaces } from './generator/workspaces';

export type { DataSizes, PlannedWorkspace } from './generator/plan';
export { slackUserIdFor, teamIdFor } from './generator/plan';

export interface GenerateOptions {
  /** Rows per INSERT … SELECT: each is its own transaction, which keeps PGlite's memory flat. */
  batchSize?: number;
  /** "Now" for the data; defaults to today 00:00 UTC so one day's runs produce identical rows. */
  anchor?: Date;
  log?: (line: string) => void;
}

export interface TableTiming {
  table: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

export interface GeneratedData {
  sizes: DataSizes;
  anchor: Date;
  workspaces: (PlannedWorkspace & { id: number })[];
  tables: TableTiming[];
  /** VACUUM ANALYZE afterwards, as autovacuum would eventually do (PGlite has none). */
  vacuumSeconds: number;
  seconds: number;
}

const TABLES: { name: TableName; table: string; sql: BatchSql }[] = [
  { name: 'employees', table: 'Employee', sql: employeesSql },
  { name: 'organizations', table: 'Organization', sql: organizationsSql },
  { name: 'persons', table: 'Person', sql: personsSql },
  { name: 'activities', table: 'Activity', sql: activitiesSql },
];

/**
 * Fills an empty, migrated database with deterministic, realistically shaped data:
 * set-based INSERT … SELECT over generate_series, values hashed from row number and seed.
 */
export async function generateData(
  sql: SqlDriver,
  sizes: DataSizes,
  options: GenerateOptions = {},
): Promise<GeneratedData> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 100_000;
  const anchor = options.anchor ?? startOfTodayUtc();
  const log = options.log ?? ((line: string) => console.log(line));
  await assertEmpty(sql);

  const plans = planWorkspaces(sizes);
  const ready = await ensureWorkspaces(sql, plans, anchor);
  const workspaces = plans.map((plan, i) => ({ ...plan, id: ready[i]!.id }));

  const tables: TableTiming[] = [];
  for (const { name, table, sql: batchSql } of TABLES) {
    const total = sizes[name];
    const tableStarted = performance.now();
    let done = 0;
    for (const [i, plan] of plans.entries()) {
      const context = {
        seed: sizes.seed,
        anchor,
        workspaceId: ready[i]!.id,
        plan,
        typeIds: ready[i]!.typeIds,
      };
      const { start, count } = plan[name];
      for (let from = start + 1; from <= start + count; from += batchSize) {
        const to = Math.min(start + count, from + batchSize - 1);
        // A batch of 100,000 rows may outlast a request's statement_timeout on a busy server.
        await sql.withSession((session) => session.exec(batchSql(context, from, to)));
        done += to - from + 1;
        log(`  ${table.padEnd(12)} ${progress(done, total, tableStarted)}`);
      }
    }
    // Explicit ids leave the sequence behind; the app's own inserts must continue after them.
    await sql.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), max(id)) FROM "${table}"`);
    const seconds = (performance.now() - tableStarted) / 1000;
    tables.push({ table, rows: done, seconds, rowsPerSecond: done / Math.max(seconds, 1e-9) });
  }

  const vacuumStarted = performance.now();
  for (const { table } of TABLES) await sql.exec(`VACUUM ANALYZE "${table}"`);
  const vacuumSeconds = (performance.now() - vacuumStarted) / 1000;
  log(`  VACUUM ANALYZE ${vacuumSeconds.toFixed(1)} s`);

  return { sizes, anchor, workspaces, tables, vacuumSeconds, seconds: (performance.now() - started) / 1000 };
}

async function assertEmpty(sql: SqlDriver): Promise<void> {
  const [row] = await sql.query<{ taken: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM "Employee") OR EXISTS (SELECT 1 FROM "Organization") OR ' +
      'EXISTS (SELECT 1 FROM "Person") OR EXISTS (SELECT 1 FROM "Activity") AS taken',
  );
  // Ids are the row numbers, so rows already there would collide with generated ones.
  if (row?.taken) throw new Error('generateData needs a database without employees, contacts or activities');
}

function progress(done: number, total: number, since: number): string {
  const seconds = (performance.now() - since) / 1000;
  const rate = Math.round(done / Math.max(seconds, 1e-9));
  return `${done.toLocaleString('en-US').padStart(11)} / ${total.toLocaleString('en-US')}  ${rate.toLocaleString('en-US')} rows/s`;
}

function startOfTodayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
