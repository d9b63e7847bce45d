/**
 * Peak resident memory of this process, sampled every few milliseconds. For child
 * processes ru_maxrss will not do: Linux carries it over from the parent across
 * fork and exec, and the parent is the benchmark holding its own data.
 */
export function rssSampler(intervalMs = 5): { peakMb(): number; stop(): void } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, intervalMs);
  return {
    peakMb: () => Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20),
    stop: () => clearInterval(timer),
  };
}
