import { PerformanceObserver } from 'node:perf_hooks';

export interface GcSummary {
  count: number;
  totalMs: number;
  maxMs: number;
}

export interface GcWatch {
  /** Pauses that began inside the given spans (epoch ms). */
  during(spans: readonly { fromMs: number; toMs: number }[]): Promise<GcSummary>;
  stop(): void;
}

/**
 * Records the main thread's GC pauses (where both apps run). A sequential request
 * that meets a pause is late by the pause, so pauses explain much of a p99.
 */
export function watchGc(): GcWatch {
  const pauses: { atMs: number; ms: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      pauses.push({ atMs: performance.timeOrigin + entry.startTime, ms: entry.duration });
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    async during(spans) {
      // Entries are delivered on a later turn of the event loop: let the last ones arrive.
      await new Promise((resolve) => setImmediate(resolve));
      const inside = pauses.filter((pause) =>
        spans.some((span) => pause.atMs >= span.fromMs && pause.atMs <= span.toMs),
      );
      return {
        count: inside.length,
        totalMs: inside.reduce((sum, pause) => sum + pause.ms, 0),
        maxMs: inside.reduce((max, pause) => Math.max(max, pause.ms), 0),
      };
    },
    stop: () => observer.disconnect(),
  };
}
