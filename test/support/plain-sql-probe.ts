import { openAdapterFactory } from '../../src/db/adapter-factory';
import type { DatabaseTarget } from '../../src/db/database-target';

/**
 * Run as its own process (test/db/plain-sql.test.ts) with a time zone that is not UTC: a
 * process's zone is fixed at its start for code under jest. Prints what the plain path read.
 */
async function main() {
  const target = JSON.parse(process.argv[2] as string) as DatabaseTarget;
  const adapter = await openAdapterFactory(target);
  try {
    const [row] = await adapter.plain.query<Record<string, unknown>>({
      text: `SELECT '2026-03-29 01:30:00.123'::timestamp(3) AS "timestamp",
        ARRAY['2026-03-29 02:30:00'::timestamp(3)] AS "timestamps", '2026-03-29'::date AS "date",
        $1::timestamp(3) AS "param", $2::timestamp(3)[] AS "params",
        '2026-03-29 01:30:00.123+02'::timestamptz AS "zoned"`,
      values: [new Date('2026-03-29T00:59:58.007Z'), [new Date('2026-03-29T01:00:00.000Z'), null]],
    });
    const local = new Date(2026, 2, 29, 1, 30).toISOString();
    process.stdout.write(JSON.stringify({ local, ...row }));
  } finally {
    await adapter.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
