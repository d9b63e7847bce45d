import {
  constants,
  monitorEventLoopDelay,
  type PerformanceEntry,
  PerformanceObserver,
} from 'node:perf_hooks';
import { Gauge, Histogram, type Registry } from 'prom-client';

type DefaultMetric = (
  registry: Registry,
  config: { prefix: string; eventLoopMonitoringPrecision: number },
) => void;

// prom-client's default metrics (its lib/defaultMetrics.js) but two it starts and nobody can
// stop: a PerformanceObserver of garbage collections and an event-loop delay monitor (a 10 ms
// timer). Every app started in a process kept both, and with them everything the app had loaded
// (under jest each finished test file's whole module registry, ~17 MB a file); each GC called
// every observer. These two are made here, the same metrics, and stop with the app; the rest
// (startNothing) only read the process when /metrics is asked.
const startNothing = [
  'processCpuTotal',
  'processStartTime',
  'osMemoryHeap',
  'processOpenFileDescriptors',
  'processMaxFileDescriptors',
  ...(typeof process.getActiveResourcesInfo === 'function' ? ['processResources'] : []),
  'processHandles',
  'processRequests',
  'heapSizeAndUsed',
  'heapSpacesSizeAndUsed',
  'version',
];

const gcKinds: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};

/** The Node.js process metrics under `prefix`, as collectDefaultMetrics gives them; `stop` ends the GC observer. */
export function collectRuntimeMetrics(registry: Registry, prefix: string): { stop(): void } {
  for (const name of startNothing) {
    const metric: DefaultMetric = require(`prom-client/lib/metrics/${name}`);
    metric(registry, { prefix, eventLoopMonitoringPrecision: 10 });
  }
  const gcSeconds = new Histogram({
    name: `${prefix}nodejs_gc_duration_seconds`,
    help: 'Garbage collection duration by kind, one of major, minor, incremental or weakcb.',
    labelNames: ['kind'],
    buckets: [0.001, 0.01, 0.1, 1, 2, 5],
    registers: [registry],
  });
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = gcKinds[(entry as PerformanceEntry & { detail: { kind: number } }).detail.kind];
      gcSeconds.observe({ kind }, entry.duration / 1000);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const lag = eventLoopLag(registry, prefix);
  return {
    stop() {
      observer.disconnect();
      lag.disable();
    },
  };
}

/** prom-client's eventLoopLag metrics, from a delay monitor the caller disables. */
function eventLoopLag(registry: Registry, prefix: string) {
  const delays = monitorEventLoopDelay({ resolution: 10 });
  delays.enable();
  const gauge = (name: string, help: string, aggregator: 'average' | 'min' | 'max', collect?: () => void) =>
    new Gauge({
      name: `${prefix}nodejs_eventloop_lag${name}`,
      help,
      registers: [registry],
      aggregator,
      collect,
    });
  const seconds = (nanoseconds: number) => nanoseconds / 1e9;
  const lag = gauge('_seconds', 'Lag of event loop in seconds.', 'average', () => {
    const start = process.hrtime();
    setImmediate(() => {
      const [s, ns] = process.hrtime(start);
      lag.set(s + ns / 1e9);
    });
    min.set(seconds(delays.min));
    max.set(seconds(delays.max));
    mean.set(seconds(delays.mean));
    stddev.set(seconds(delays.stddev));
    p50.set(seconds(delays.percentile(50)));
    p90.set(seconds(delays.percentile(90)));
    p99.set(seconds(delays.percentile(99)));
    delays.reset();
  });
  const min = gauge('_min_seconds', 'The minimum recorded event loop delay.', 'min');
  const max = gauge('_max_seconds', 'The maximum recorded event loop delay.', 'max');
  const mean = gauge('_mean_seconds', 'The mean of the recorded event loop delays.', 'average');
  const stddev = gauge(
    '_stddev_seconds',
    'The standard deviation of the recorded event loop delays.',
    'average',
  );
  const p50 = gauge('_p50_seconds', 'The 50th percentile of the recorded event loop delays.', 'average');
  const p90 = gauge('_p90_seconds', 'The 90th percentile of the recorded event loop delays.', 'average');
  const p99 = gauge('_p99_seconds', 'The 99th percentile of the recorded event loop delays.', 'average');
  return delays;
}
