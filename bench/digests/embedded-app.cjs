'use strict';
// One digest morning in Touchbase as `npm start` runs it: the compiled app (npm run
// build), the heap capped, the embedded database, Slack at SLACK_API_URL (the
// benchmark's double). Prints one JSON line: the run time and the process's peak RSS.
const mb = (bytes) => Math.round(bytes / 2 ** 20);
let peak = process.memoryUsage.rss();
/** Where the memory was at the peak: V8's heap, and buffers outside it (PGlite's and Prisma's WebAssembly memory). */
let atPeak = process.memoryUsage();
const sampler = setInterval(() => {
  const rss = process.memoryUsage.rss();
  if (rss <= peak) return;
  peak = rss;
  atPeak = process.memoryUsage();
}, 5);
const rssBeforeMb = mb(peak);

const { startTouchbase } = require('../../dist/src/app.js');
const { loadEnv } = require('../../dist/src/config/env.js');
const { createLogger } = require('../../dist/src/observability/logger.js');

async function main() {
  const morning = new Date(process.env.DIGEST_MORNING ?? '');
  if (Number.isNaN(morning.getTime())) throw new Error('DIGEST_MORNING must be an ISO time');
  const app = await startTouchbase({
    env: loadEnv(process.env),
    logger: createLogger('warn', process.stderr),
    clock: { now: () => morning },
    scheduler: 'manual',
  });
  const rssAfterStartMb = mb(Math.max(peak, process.memoryUsage.rss()));
  const started = process.memoryUsage();
  const atStartMb = {
    heapUsed: mb(started.heapUsed),
    heapTotal: mb(started.heapTotal),
    external: mb(started.external),
    arrayBuffers: mb(started.arrayBuffers),
  };
  const startedAt = performance.now();
  try {
    // One tick serves everyone due; a second finds nobody left (or what failed, after its wait).
    for (let tick = 0; tick < 5; tick++) {
      const summary = await app.runDigestTick();
      if (!summary || summary.due === 0) break;
    }
  } finally {
    await app.stop();
  }
  const seconds = (performance.now() - startedAt) / 1000;
  clearInterval(sampler);
  const peakRssMb = mb(Math.max(peak, process.memoryUsage.rss()));
  const { heapUsed, heapTotal, external, arrayBuffers } = atPeak;
  const atPeakMb = {
    heapUsed: mb(heapUsed),
    heapTotal: mb(heapTotal),
    external: mb(external),
    arrayBuffers: mb(arrayBuffers),
  };
  process.stdout.write(
    `${JSON.stringify({ seconds, rssBeforeMb, rssAfterStartMb, peakRssMb, atStartMb, atPeakMb })}\n`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
