import { collectDefaultMetrics, Registry } from 'prom-client';
import { collectRuntimeMetrics } from '../../src/observability/runtime-metrics';

/** What a scraper sees of each metric: its name, type, help and labels (not its values). */
async function described(registry: Registry) {
  const metrics = await registry.getMetricsAsJSON();
  return metrics
    .map((metric) => ({
      name: metric.name,
      type: metric.type,
      help: metric.help,
      labels: [...new Set(metric.values.flatMap((value) => Object.keys(value.labels)))].sort(),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

describe('the process metrics at /metrics (operations)', () => {
  it('are the ones prom-client’s defaults give, though ours stop with the app', async () => {
    const ours = new Registry();
    const runtime = collectRuntimeMetrics(ours, 'touchbase_');
    const defaults = new Registry();
    // Its GC observer and delay monitor run until this test file's process ends.
    collectDefaultMetrics({ register: defaults, prefix: 'touchbase_' });
    try {
      const expected = await described(defaults);
      expect(expected.length).toBeGreaterThan(20);
      expect(await described(ours)).toEqual(expected);
    } finally {
      runtime.stop();
    }
  });
});
