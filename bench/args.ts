import type { DataSizes } from './generate';
import type { DatabaseKind } from './targets/prepared-database';

export interface BenchArgs {
  sizes: DataSizes;
  requests: number;
  warmup: number;
  concurrency: number;
  databases: DatabaseKind[];
  only: string[] | null;
  batchSize: number;
  postgresUrl: string;
  /** Keep the PGlite data here and reuse it next time (same sizes). */
  pgliteDir?: string;
  /** Smaller data sets for benchmarks that generate their own (digests). */
  quick: boolean;
  /** Messages per second the Slack double allows, and the digest sender is paced at. */
  digestRate: number;
}

export const USAGE = `Usage: npm run bench -- [options]
  --activities N     activities to generate (default 1000000; contacts and employees scale with it)
  --requests N       measured requests per target and row (default 2000)
  --warmup N         unmeasured requests per target first (default 100)
  --concurrency N    also measure with N requests in flight (default 8; 1 = sequential only)
  --db KIND          pglite | postgres | both (default both)
  --only NAMES       comma-separated benchmarks to run (default all: help,paths,contact-search,stats-month,
                     occurrence-completion,export,digests,digests-embedded,digests-workspaces,reminders,
                     import,api,api-batch)
  --seed N           data generator seed (default 42)
  --batch N          rows per generator INSERT (default 100000)
  --pg-url URL       PostgreSQL server for the fresh benchmark database
                     (default $BENCH_DATABASE_URL, $TEST_DATABASE_URL or the local touchbase server)
  --pglite-dir DIR   keep the generated PGlite data in DIR (the digest benchmarks' own data
                     beside it, in DIR-<sizes>) and reuse it while the sizes match
  --digest-rate R    messages per second Slack (the double) allows in the digest and reminder runs (default 50)
  --quick            smoke run: 20000 activities, 300 requests, 50 warm-up`;

const DEFAULT_PG =
  process.env.BENCH_DATABASE_URL?.trim() ||
  process.env.TEST_DATABASE_URL?.trim() ||
  'postgresql://touchbase:touchbase@127.0.0.1:5432/touchbase_test';

/**
 * Contacts and employees follow the activity count, so one number sizes a run. At the
 * default 1 M activities the benchmarked workspace (half of everything) holds the
 * 100 k persons and 20 k organizations the contact search target is set for.
 */
export function sizesFor(activities: number, seed: number): DataSizes {
  return {
    workspaces: 3,
    employees: Math.max(120, Math.round(activities / 3300)),
    organizations: Math.round(activities / 25),
    persons: Math.max(3, Math.round(activities / 5)),
    activities,
    seed,
  };
}

export function parseArgs(argv: string[]): BenchArgs | 'help' {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}"\n${USAGE}`);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (name === 'quick' || name === 'help') flags.add(name);
    else if (inline !== undefined) values.set(name, inline);
    else if (i + 1 < argv.length) values.set(name, argv[++i]!);
    else throw new Error(`--${name} needs a value\n${USAGE}`);
  }
  if (flags.has('help')) return 'help';
  const known = [
    'activities',
    'requests',
    'warmup',
    'concurrency',
    'db',
    'only',
    'seed',
    'batch',
    'pg-url',
    'pglite-dir',
    'digest-rate',
  ];
  const unknown = [...values.keys()].find((name) => !known.includes(name));
  if (unknown) throw new Error(`Unknown option --${unknown}\n${USAGE}`);

  const quick = flags.has('quick');
  const number = (name: string, fallback: number) => {
    const raw = values.get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw.replace(/_/g, ''));
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a non-negative number`);
    return Math.trunc(value);
  };
  const db = values.get('db') ?? 'both';
  if (!['pglite', 'postgres', 'both'].includes(db)) throw new Error(`--db must be pglite, postgres or both`);
  return {
    sizes: sizesFor(number('activities', quick ? 20_000 : 1_000_000), number('seed', 42)),
    requests: Math.max(1, number('requests', quick ? 300 : 2_000)),
    warmup: number('warmup', quick ? 50 : 100),
    concurrency: number('concurrency', 8),
    databases: db === 'both' ? ['pglite', 'postgres'] : [db as DatabaseKind],
    only:
      values
        .get('only')
        ?.split(',')
        .map((name) => name.trim()) ?? null,
    batchSize: Math.max(1, number('batch', 100_000)),
    postgresUrl: values.get('pg-url') ?? DEFAULT_PG,
    pgliteDir: values.get('pglite-dir'),
    quick,
    digestRate: Math.max(1, number('digest-rate', 50)),
  };
}
