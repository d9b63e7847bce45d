import type { PreparedDatabase } from './targets/prepared-database';

export interface BenchSettings {
  requests: number;
  warmup: number;
  /** Second row with this many requests in flight; 1 or less skips it. */
  concurrency: number;
  log: (line: string) => void;
}

/** One line of the results table (and of the JSON), plus whatever detail a benchmark adds. */
export interface ResultRow {
  benchmark: string;
  database: string;
  rows: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  baselineP50Ms: number;
  baselineP99Ms: number;
  ratioP99: number;
  target: number;
  pass: boolean;
  details: Record<string, unknown>;
}

export interface Benchmark {
  name: string;
  run(database: PreparedDatabase, settings: BenchSettings): Promise<ResultRow[]>;
}
