import { apiMessageBatch } from './api-message-batch';
import { apiThroughput } from './api-throughput';
import type { Benchmark } from './benchmark';
import { contactSearch } from './contact-search';
import { digestRun } from './digests/digest-run';
import { embeddedDigestRun } from './digests/embedded-run';
import { digestWorkspacesRun } from './digests/workspaces-run';
import { exportRows } from './export-rows';
import { helpLatency } from './help-latency';
import { importRows } from './import-rows';
import { occurrenceCompletion } from './occurrence-completion';
import { userPathLatency } from './paths/paths-benchmark';
import { reminderRun } from './reminders/reminder-run';
import { statsMonth } from './stats-month';

/** Every benchmark `--only` can name, in the order they run. */
export const BENCHMARKS: Benchmark[] = [
  helpLatency,
  userPathLatency,
  contactSearch,
  statsMonth,
  occurrenceCompletion,
  exportRows,
  digestRun,
  embeddedDigestRun,
  digestWorkspacesRun,
  reminderRun,
  importRows,
  apiThroughput,
  apiMessageBatch,
];
