import { addBenchUsers } from './bench-users';
import type { Benchmark, BenchSettings, ResultRow } from './benchmark';
import { FIRST_NAMES, LAST_NAMES, ORGANIZATION_STEMS } from './generator/words';
import type { TargetSamples } from './load/load-plan';
import { runLoad } from './load/run-load';
import { peakRssMb } from './peak-rss';
import { summarize } from './stats';
import type { PreparedDatabase } from './targets/prepared-database';
import { SIGNING_SECRET, startTouchbaseUnderTest, type TouchbaseUnderTest } from './touchbase-under-test';

/** product §11: contact search p95 within 30 ms (measured on PostgreSQL; PGlite is reported beside it). */
const TARGET_P95_MS = 30;

/**
 * What people type into a person picker: the start of a name, a whole name without
 * its accents, a name with one letter wrong, a phone number as Swedes write it, a
 * company. Each is a `block_suggestion` request, timed until its options arrive.
 */
function queries(): string[] {
  const typed: string[] = [];
  LAST_NAMES.forEach((last, i) => {
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
    typed.push(last.slice(0, 3));
    typed.push(`${first} ${last}`.normalize('NFD').replace(/\p{Diacritic}/gu, ''));
    typed.push(last.length > 5 ? last.slice(0, 2) + last.slice(3) : `${last}x`);
  });
  for (const stem of ORGANIZATION_STEMS) typed.push(stem.slice(0, 5));
  typed.push('070-12', '+4673', 'andersson', 'ostergren', 'Lindqvist', 'ma');
  return typed;
}

function suggestionBodies(touchbase: TouchbaseUnderTest, userIds: string[], count: number): string[] {
  const { double } = touchbase;
  const typed = queries();
  return Array.from({ length: count }, (_, i) => {
    const userId = userIds[i % userIds.length]!;
    const payload = {
      type: 'block_suggestion',
      user: { id: userId, username: userId.toLowerCase(), team_id: double.teamId },
      team: { id: double.teamId, domain: double.teamDomain },
      api_app_id: double.appId,
      token: 'verification-token',
      action_id: i % 5 === 4 ? 'organization_picker' : 'person_picker',
      block_id: 'contact',
      value:
        i % 5 === 4
          ? ORGANIZATION_STEMS[i % ORGANIZATION_STEMS.length]!.slice(0, 4)
          : typed[i % typed.length]!,
    };
    return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  });
}

export const contactSearch: Benchmark = {
  name: 'contact-search',
  async run(database, settings) {
    const touchbase = await startTouchbaseUnderTest(database);
    try {
      const userIds = addBenchUsers(touchbase.double, 20);
      const bodies = suggestionBodies(touchbase, userIds, settings.warmup + settings.requests);
      const counts = await contactCounts(touchbase);
      settings.log(`  contact search, ${database.kind}, ${settings.requests} requests`);
      const load = await runLoad({
        signingSecret: SIGNING_SECRET,
        targets: [{ name: 'touchbase', url: touchbase.eventsUrl }],
        bodies,
        expect: 'options',
        warmup: settings.warmup,
        requests: settings.requests,
        concurrency: 1,
        blockSize: settings.requests,
      });
      return [toRow(database, settings, counts, load.targets[0]!)];
    } finally {
      await touchbase.stop();
    }
  },
};

async function contactCounts(
  touchbase: TouchbaseUnderTest,
): Promise<{ persons: number; organizations: number }> {
  const [row] = await touchbase.app.database.sql.query<{ persons: string; organizations: string }>(
    `SELECT (SELECT count(*) FROM "Person" p JOIN "Workspace" w ON w.id = p."workspaceId" WHERE w."slackTeamId" = 'T0001') AS persons,
            (SELECT count(*) FROM "Organization" o JOIN "Workspace" w ON w.id = o."workspaceId" WHERE w."slackTeamId" = 'T0001') AS organizations`,
  );
  return { persons: Number(row?.persons ?? 0), organizations: Number(row?.organizations ?? 0) };
}

function toRow(
  database: PreparedDatabase,
  settings: BenchSettings,
  counts: { persons: number; organizations: number },
  samples: TargetSamples,
): ResultRow {
  const measured = summarize(samples.latenciesMs);
  return {
    benchmark: 'contact search (block_suggestion)',
    database: database.kind,
    rows: counts.persons,
    requests: settings.requests,
    p50Ms: measured.p50,
    p95Ms: measured.p95,
    p99Ms: measured.p99,
    baselineP99Ms: Number.NaN,
    criterion: { name: 'p95 ms', value: measured.p95, limit: TARGET_P95_MS },
    pass: samples.failures === 0 && measured.p95 <= TARGET_P95_MS,
    details: {
      persons: counts.persons,
      organizations: counts.organizations,
      queries: queries().length,
      touchbase: measured,
      failures: samples.failures,
      firstFailure: samples.firstFailure,
      peakRssMb: peakRssMb(),
    },
  };
}
