import type { Benchmark } from './benchmark';
import { contactSearch } from './contact-search';
import { helpLatency } from './help-latency';

/** Every benchmark `--only` can name, in the order they run. */
export const BENCHMARKS: Benchmark[] = [helpLatency, contactSearch];
