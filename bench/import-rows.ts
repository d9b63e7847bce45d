import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Benchmark, ResultRow } from './benchmark';
import { databaseEnv, runChildWorker } from './child-worker';
import type { PreparedDatabase } from './targets/prepared-database';

/** The size: 100 k rows (10 k with --quick). */
const ROWS = 100_000;
const QUICK_ROWS = 10_000;
/** Our own bound for "bounded memory": the whole process, database driver included. */
const RSS_MAX_MB = 300;
/** Our own floor for throughput, so 100 k rows take under a minute. */
const ROWS_PER_SECOND_MIN = 2000;

/**
 * A deterministic contact file: persons with e-mail, phone and external id, one in
 * twenty organizations per 50 persons, every 500th row invalid (bad e-mail).
 */
export function writeContactsCsv(file: string, rows: number): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, '\uFEFFNamn;E-post;Telefon;Organisation;Externt id\r\n');
    let chunk = '';
    for (let i = 1; i <= rows; i++) {
      const email = i % 500 === 0 ? `bad-address-${i}` : `person${i}@example.se`;
      const organization = i % 20 === 0 ? '' : `Företag ${Math.ceil(i / 50)} AB`;
      chunk += `Person ${i} Åberg;${email};070-${String(1_000_000 + i).slice(-7)};${organization};EXT-${i}\r\n`;
      if (chunk.length > 1 << 20) {
        fs.writeSync(fd, chunk);
        chunk = '';
      }
    }
    fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
}

interface WorkerResult {
  summary: { rows: number; created: number; rejected: number; organizationsCreated: number };
  seconds: number;
  peakRssMb: number;
  rssBeforeMb: number;
}

function importInChild(database: PreparedDatabase, file: string): Promise<WorkerResult> {
  return runChildWorker(path.join(__dirname, 'import-worker.ts'), {
    ...databaseEnv(database),
    IMPORT_FILE: file,
  });
}

/** product §7.3 at the size: a 100 k-row CSV imported into a fresh workspace of the prepared database. */
export const importRows: Benchmark = {
  name: 'import',
  async run(database, settings) {
    const rows = settings.quick ? QUICK_ROWS : ROWS;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchbase-bench-import-'));
    try {
      const file = path.join(dir, 'contacts.csv');
      writeContactsCsv(file, rows);
      settings.log(
        `  import ${rows} rows (${(fs.statSync(file).size / 1e6).toFixed(1)} MB), ${database.kind}`,
      );
      const result = await importInChild(database, file);
      const rate = result.summary.rows / result.seconds;
      const ms = result.seconds * 1000;
      const expected = { rows, rejected: Math.floor(rows / 500) };
      const correct = result.summary.rows === expected.rows && result.summary.rejected === expected.rejected;
      const row = (what: string, criterion: ResultRow['criterion'], pass: boolean): ResultRow => ({
        benchmark: what,
        database: database.kind,
        rows,
        requests: 1,
        p50Ms: ms,
        p95Ms: ms,
        p99Ms: ms,
        baselineP99Ms: Number.NaN,
        criterion,
        pass,
        details: { ...result, rowsPerSecond: Math.round(rate) },
      });
      settings.log(
        `  import: ${Math.round(rate)} rows/s, ${result.seconds.toFixed(1)} s, peak RSS ${result.peakRssMb} MB (${result.rssBeforeMb} MB before)`,
      );
      return [
        row(
          `import ${rows} rows (${Math.round(rate)} rows/s)`,
          // As seconds against a ceiling, so the table's "≤ limit" reads right.
          { name: 'seconds', value: result.seconds, limit: rows / ROWS_PER_SECOND_MIN },
          correct && rate >= ROWS_PER_SECOND_MIN,
        ),
        row(
          'import, peak RSS',
          { name: 'MB', value: result.peakRssMb, limit: RSS_MAX_MB },
          result.peakRssMb <= RSS_MAX_MB,
        ),
      ];
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
