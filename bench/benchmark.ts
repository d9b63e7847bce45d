import type { DataSizes } from './generate';
import type { DatabaseKind, PreparedDatabase } from './targets/prepared-database';

export interface BenchSettings {
  requests: number;
  warmup: number;
  /** Second row with this many requests in flight; 1 or less skips it. */
  concurrency: number;
  log: (line: string) => void;
  /** A smoke run (`--quick`): benchmarks with data of their own make it small too. */
  quick: boolean;
  digestRate: number;
  /** A fresh database of another size, for benchmarks whose data differs from the shared set. */
  prepare(kind: DatabaseKind, sizes: DataSizes): Promise<PreparedDatabase>;
}

/** One line of the results table (and of the JSON), plus whatever detail a benchmark adds. */
export interface ResultRow {
  benchmark: string;
  database: string;
  rows: number;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** The empty Bolt app beside it, for benchmarks measured against one (NaN otherwise). */
  baselineP99Ms: number;
  /** The figure the target is about, e.g. "ratio p99" or "p95 ms", its value and its limit. */
  criterion: {
    name: string;
    value: number;
    limit: number /** The value must reach the limit, not stay under it. */;
    atLeast?: boolean;
    /** Reported beside a target that applies elsewhere (e.g. on the other database), not judged. */
    informational?: boolean;
  };
  pass: boolean;
  details: Record<string, unknown>;
}

export interface Benchmark {
  name: string;
  run(database: PreparedDatabase, settings: BenchSettings): Promise<ResultRow[]>;
}
