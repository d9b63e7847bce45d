import pg from 'pg';
import type { Database } from '../../src/db/database';
import { executeText } from '../../src/db/execute-text';
import { PoolPlainSql } from '../../src/db/plain-sql';
import { ActivityRepository } from '../../src/db/repositories/activity-repository';
import { ApiReferenceRepository } from '../../src/db/repositories/api-reference-repository';
import { PREPARED_SETTINGS } from '../../src/db/repositories/contact-search-prepared';
import { Found, firstLookStatement } from '../../src/db/repositories/contact-search-sql';
import { phoneKeysHold } from '../../src/db/repositories/phone-keys-sql';
import { Prisma } from '../../src/generated/prisma/client';
import { postgresUrl } from '../support/test-database';
import { openTestDatabase } from '../support/test-prisma';

// Plans that keep the API's look-ups fast on a large register (issue 12). A test
// database is too small for the planner to prefer an index on its own, so table
// scans are switched off and the test asks which index answers.

/** The first look of the contact search for "lindqvist" in workspace 1 (a common surname). */
function firstLookOfLindqvist(kind: 'person' | 'organization') {
  return firstLookStatement({
    scope: { kind, workspaceId: 1, archived: false },
    key: 'lindqvist',
    found: new Found(5),
  }).sql;
}

/** The plan's text, after checking it asks the workspace's trigram index of its table, once. */
function expectOneWorkspaceTrigramScan(
  plan: { 'QUERY PLAN': string }[],
  kind: 'person' | 'organization',
): string {
  const planText = plan.map((row) => row['QUERY PLAN']).join('\n');
  const table = kind === 'person' ? 'Person' : 'Organization';
  expect(planText).toContain(`Bitmap Index Scan on "${table}_workspace_searchText_idx"`);
  expect(planText.match(/Bitmap Index Scan on "\w+_searchText_idx"/g)).toHaveLength(1);
  return planText;
}

describe('query plans of the hot look-ups', () => {
  let database: Database & { drop(): Promise<void> };

  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database?.drop());

  it('finds a person by phone through the index of phone keys, not the trigram index', async () => {
    const plan = await database.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('enable_seqscan', 'off', true)`;
      return tx.$queryRaw<{ 'QUERY PLAN': string }[]>`EXPLAIN
        SELECT p."id" FROM (SELECT * FROM "Person" p WHERE ${phoneKeysHold(Prisma.sql`${'46701234567'}::text`)} OFFSET 0) p
        WHERE p."workspaceId" = 1`;
    });
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toContain('Person_phoneKeys_idx');
    expect(text).not.toContain('searchText_idx');
  });

  it('finds a surname’s namesakes through the trigram index of its own workspace only, by the name’s own trigrams', async () => {
    // A common surname has thousands of namesakes in every workspace: the index that
    // starts with the workspace reads only this one's (migration contact_search_workspace_trigram).
    // Its first look ranks every match in one scan, by the name's own trigrams: the
    // padded trigrams of a word's start are in every word starting with its letter.
    for (const kind of ['person', 'organization'] as const) {
      const sql = firstLookOfLindqvist(kind);
      const plan = await database.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`;
        return tx.$queryRaw<{ 'QUERY PLAN': string }[]>`EXPLAIN ${sql}`;
      });
      const planText = expectOneWorkspaceTrigramScan(plan, kind);
      expect(planText).not.toContain('BitmapOr');
      expect(planText).toMatch(
        /Index Cond: \(\(\("workspaceId"\)::bigint = '1'::bigint\) AND \("searchText" ~~ '%lindqvist%'::text\)\)/,
      );
    }
  });

  it('keeps that plan for every text: the search prepares its statements, planned once (generic)', async () => {
    // The text is a parameter of the prepared statement: its one plan must still ask the
    // workspace's trigram index for it (planning cost more than running, issue 12).
    for (const kind of ['person', 'organization'] as const) {
      const sql = firstLookOfLindqvist(kind);
      const plan = await database.prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT set_config('enable_seqscan', 'off', true),
          set_config('enable_indexscan', 'off', true), ${PREPARED_SETTINGS}`;
        await tx.$executeRawUnsafe(`PREPARE plan_of_first_look AS ${sql.text}`);
        try {
          return await tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
            `EXPLAIN ${executeText('plan_of_first_look', sql.values)}`,
          );
        } finally {
          await tx.$executeRawUnsafe('DEALLOCATE plan_of_first_look');
        }
      });
      const planText = expectOneWorkspaceTrigramScan(plan, kind);
      expect(planText).toMatch(
        /Index Cond: \(\(\("workspaceId"\)::bigint = \$\d+\) AND \("searchText" ~~ \$\d+\)\)/,
      );
    }
  });

  it('plans the contact search against a small histogram of the search text (planning cost more than running)', async () => {
    const rows = await database.prisma.$queryRaw<{ table: string; target: number | null }[]>`
      SELECT attrelid::regclass::text AS "table", attstattarget::int AS target FROM pg_attribute
      WHERE attname = 'searchText' AND attrelid IN ('"Person"'::regclass, '"Organization"'::regclass)
      ORDER BY 1`;
    expect(rows).toEqual([
      { table: '"Organization"', target: 10 },
      { table: '"Person"', target: 10 },
    ]);
  });
});

if (postgresUrl) {
  describe('the app’s PostgreSQL sessions', () => {
    let database: Database & { drop(): Promise<void> };

    beforeAll(async () => {
      database = await openTestDatabase();
    });
    afterAll(() => database?.drop());

    it('compile no statement with JIT (compiling a batch’s look-up took longer than running it)', async () => {
      const [row] = await database.prisma.$queryRaw<{ jit: string }[]>`SELECT current_setting('jit') AS jit`;
      expect(row?.jit).toBe('off');
    });

    it('plan the API’s references look-up once per connection, not again at every request', async () => {
      // Replanning it each time cost PostgreSQL about three times its execution (issue 12).
      // After five custom plans PostgreSQL keeps the generic one, unless it looks costlier.
      // A register of some size: on empty tables every plan is cheap and the generic one kept anyway.
      if (database.target.kind !== 'postgres') throw new Error('a server database was expected');
      const [workspace] = await database.prisma.$queryRaw<{ id: number }[]>`
        INSERT INTO "Workspace" ("slackTeamId", "name", "updatedAt") VALUES ('T-PLANS', 'Plans', now()) RETURNING id`;
      const workspaceId = workspace?.id as number;
      await database.prisma.$executeRaw`
        INSERT INTO "Person" ("workspaceId", "name", "externalId", "email", "updatedAt")
        SELECT ${workspaceId}, 'Person ' || i, 'crm-' || i, 'p' || i || '@example.com', now()
        FROM generate_series(1, 5000) i`;
      await database.prisma.$executeRaw`ANALYZE "Person"`;
      const pool = new pg.Pool({ connectionString: database.target.url, max: 1 });
      try {
        const references = new ApiReferenceRepository(new PoolPlainSql(pool, pg.types));
        for (let i = 0; i < 8; i++) {
          await references.find(workspaceId, {
            persons: [{ externalId: `crm-${i}`, email: null, phoneKey: null }],
            types: ['OUTGOING_CALL'],
            employeeEmails: [],
          });
        }
        const { rows } = await pool.query<{ generic: number }>(
          `SELECT generic_plans::int AS generic FROM pg_prepared_statements WHERE name = 'api_references_110'`,
        );
        expect(rows).toEqual([{ generic: 3 }]);
      } finally {
        await pool.end();
      }
    });

    it('plan the reads after a create (its activity, its responsible’s Home) once per connection', async () => {
      // Parsing and planning them each time cost PostgreSQL about ten times running them.
      if (database.target.kind !== 'postgres') throw new Error('a server database was expected');
      const [seeded] = await database.prisma.$queryRaw<{ workspaceId: number; employeeId: number }[]>`
        WITH w AS (INSERT INTO "Workspace" ("slackTeamId", "name", "updatedAt") VALUES ('T-READS', 'Reads', now()) RETURNING id),
        e AS (INSERT INTO "Employee" ("workspaceId", "slackUserId", "updatedAt")
              SELECT w.id, 'U' || i, now() FROM w, generate_series(1, 20) i RETURNING id, "workspaceId")
        SELECT min("workspaceId") AS "workspaceId", min(id) AS "employeeId" FROM e`;
      const { workspaceId, employeeId } = seeded as { workspaceId: number; employeeId: number };
      await database.prisma.$executeRaw`
        WITH t AS (INSERT INTO "ActivityType" ("workspaceId", "key", "nameEn", "nameSv", "position", "updatedAt")
                   VALUES (${workspaceId}, 'CALL', 'Call', 'Samtal', 1, now()) RETURNING id),
        p AS (INSERT INTO "Person" ("workspaceId", "name", "updatedAt")
              SELECT ${workspaceId}, 'Person ' || i, now() FROM generate_series(1, 500) i RETURNING id)
        INSERT INTO "Activity" ("workspaceId", "personId", "typeId", "subject", "startAt", "dueAt", "responsibleId", "updatedAt")
        SELECT ${workspaceId}, p.id, t.id, 'Call', now() + i * interval '1 hour', now() + i * interval '1 hour',
               ${employeeId} + (p.id + i) % 20, now()
        FROM t, p, generate_series(1, 10) i`;
      await database.prisma.$executeRaw`ANALYZE "Activity"`;
      const ids = await database.prisma.$queryRaw<{ id: number }[]>`
        SELECT id FROM "Activity" WHERE "workspaceId" = ${workspaceId} ORDER BY id LIMIT 8`;
      const pool = new pg.Pool({ connectionString: database.target.url, max: 1 });
      try {
        const activities = new ActivityRepository(database.prisma, new PoolPlainSql(pool, pg.types));
        const rule = { workspaceId, private: { responsibleId: employeeId }, deleted: 'hidden' } as const;
        const day = 24 * 3600 * 1000;
        for (const [i, { id }] of ids.entries()) {
          expect(await activities.findMany(rule, [id])).toEqual([expect.objectContaining({ id })]);
          const bounds = [new Date(Date.now() + i * day), new Date(Date.now() + (i + 1) * day)];
          await activities.unfinishedByDue(rule, { responsibleId: employeeId, bounds, take: 20 });
        }
        const { rows } = await pool.query<{ name: string; generic: number }>(
          `SELECT name, generic_plans::int AS generic FROM pg_prepared_statements
            WHERE name LIKE 'activity_find_many_%' OR name LIKE 'activity_unfinished_by_due_%' ORDER BY name`,
        );
        expect(rows).toEqual([
          { name: expect.stringMatching(/^activity_find_many_/), generic: 3 },
          { name: expect.stringMatching(/^activity_unfinished_by_due_/), generic: 3 },
        ]);
      } finally {
        await pool.end();
      }
    });
  });
}
