import os from 'node:os';
import { type BenchArgs, parseArgs, USAGE } from './args';
import type { BenchSettings, ResultRow } from './benchmark';
import { BENCHMARKS } from './benchmarks';
import { peakRssMb } from './peak-rss';
import { formatTable, writeResults } from './report';
import { preparePglite } from './targets/pglite-database';
import { preparePostgres } from './targets/postgres-database';
import type { DatabaseKind, PreparedDatabase } from './targets/prepared-database';
import { settleDatabase } from './targets/settle-database';

const log = (line: string) => console.log(line);

function prepare(kind: DatabaseKind, args: BenchArgs, sizes = args.sizes): Promise<PreparedDatabase> {
  const options = { sizes, batchSize: args.batchSize, log };
  // A kept PGlite directory holds the shared data set; data sets of other sizes are kept beside it.
  const keepDir =
    args.pgliteDir && sizes !== args.sizes
      ? `${args.pgliteDir}-${sizes.workspaces}w-${sizes.employees}e-${sizes.activities}a`
      : args.pgliteDir;
  return kind === 'pglite'
    ? preparePglite({ ...options, keepDir })
    : preparePostgres({ ...options, serverUrl: args.postgresUrl });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args === 'help') {
    console.log(USAGE);
    return;
  }
  const unknown = args.only?.filter((name) => !BENCHMARKS.some((benchmark) => benchmark.name === name)) ?? [];
  if (unknown.length > 0)
    throw new Error(
      `Unknown benchmark ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`,
    );
  const selected = BENCHMARKS.filter((benchmark) => !args.only || args.only.includes(benchmark.name));
  const settings: BenchSettings = {
    requests: args.requests,
    warmup: args.warmup,
    concurrency: args.concurrency,
    log,
    quick: args.quick,
    digestRate: args.digestRate,
    prepare: (kind, sizes) => prepare(kind, args, sizes),
  };

  const startedAt = new Date();
  // Other work on the machine shows up in the tails; the load average says how much there was.
  const loadAtStart = os.loadavg();
  const results: ResultRow[] = [];
  const generation: Record<string, unknown> = {};
  const settling: Record<string, Record<string, unknown>> = {};
  log(`Touchbase benchmarks: ${selected.map((b) => b.name).join(', ')} on ${args.databases.join(' and ')}`);
  log(`Data: ${JSON.stringify(args.sizes)}`);
  if (loadAtStart[0]! > os.cpus().length / 2)
    log(
      `Warning: load average ${loadAtStart[0]!.toFixed(2)} already; other processes will show in the tails.`,
    );
  for (const kind of args.databases) {
    log(`\n== ${kind} ==`);
    const database = await prepare(kind, args);
    const { seconds, tables, vacuumSeconds, anchor } = database.data;
    generation[kind] = { reused: database.reused, seconds, vacuumSeconds, anchor, tables };
    if (!database.reused) log(`  generated in ${seconds.toFixed(1)} s`);
    try {
      for (const benchmark of selected) {
        // Each benchmark starts from a settled server, not amid what the previous one left it.
        const settled = await settleDatabase(database);
        if (settled) {
          settling[kind] = { ...settling[kind], [benchmark.name]: settled };
          log(
            `  settled before ${benchmark.name}: checkpoint ${(settled.checkpointMs / 1000).toFixed(1)} s, ` +
              `autovacuum waited ${(settled.autovacuumMs / 1000).toFixed(1)} s${settled.gaveUp ? ' (still running)' : ''}`,
          );
        }
        results.push(...(await benchmark.run(database, settings)));
      }
    } finally {
      await database.dispose();
    }
  }

  const peak = peakRssMb();
  const load = os.loadavg()[0]!.toFixed(2);
  log(
    `\n${formatTable(results)}\n\nPeak RSS of the process: ${peak} MB; load average now ${load} on ${os.cpus().length} CPUs`,
  );
  const files = writeResults(
    {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      args: { ...args, postgresUrl: redact(args.postgresUrl) },
      machine: machine(loadAtStart),
      generation,
      settling,
      peakRssMb: peak,
      results,
    },
    startedAt,
  );
  log(`Results: ${files.join(', ')}`);
}

function machine(loadAtStart: number[]) {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryMb: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: { atStart: loadAtStart, atEnd: os.loadavg() },
  };
}

/** The JSON may be shared; the server's password need not be. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exitCode = 1;
});
