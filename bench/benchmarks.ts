import { apiThroughput } from './api-throughput';
import type { Benchmark } from './benchmark';
import { contactSearch } from './contact-search';
import { digestRun } from './digests/digest-run';
import { exportRows } from './export-rows';
import { helpLatency } from './help-latency';
import { importRows } from './import-rows';
import { statsMonth } from './stats-month';

/** Every benchmark `--only` can name, in the order they run. */
export const BENCHMARKS: Benchmark[] = [
  helpLatency,
  contactSearch,
  statsMonth,
  exportRows,
  digestRun,
  importRows,
  apiThroughput,
];
