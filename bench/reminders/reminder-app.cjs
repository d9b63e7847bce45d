'use strict';
// One hour of reminders in Touchbase as `npm start` runs it (the compiled app, the heap
// capped), against the benchmark's Slack double at SLACK_API_URL, on a clock that runs
// REMINDER_SPEED times faster than the wall clock from REMINDER_FROM: the 15-second tick
// comes every 15 s ÷ speed. Prints one JSON line: wall seconds and the peak RSS.
const mb = (bytes) => Math.round(bytes / 2 ** 20);
let peak = process.memoryUsage.rss();
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 5);

const { startTouchbase } = require('../../dist/src/app.js');
const { loadEnv } = require('../../dist/src/config/env.js');
const { createLogger } = require('../../dist/src/observability/logger.js');

async function main() {
  const from = new Date(process.env.REMINDER_FROM ?? '').getTime();
  const until = new Date(process.env.REMINDER_UNTIL ?? '').getTime();
  const speed = Number(process.env.REMINDER_SPEED ?? '1');
  if (!Number.isFinite(from) || !Number.isFinite(until) || !(speed > 0))
    throw new Error('REMINDER_FROM, REMINDER_UNTIL and REMINDER_SPEED are needed');
  const wall0 = performance.now();
  const clock = { now: () => new Date(from + (performance.now() - wall0) * speed) };
  const app = await startTouchbase({
    env: loadEnv(process.env),
    logger: createLogger('warn', process.stderr),
    clock,
    scheduler: 'manual',
    // Posts paced at the double's rate on the fast clock (it may exceed what the environment allows).
    digestTuning: { ratePerSecond: Number(process.env.REMINDER_WALL_RATE) },
  });
  const rssAfterStartMb = mb(Math.max(peak, process.memoryUsage.rss()));
  const started = performance.now();
  const { REMINDER_TICK_SECONDS } = require('../../dist/src/jobs/reminder-job.js');
  const tickMs = (REMINDER_TICK_SECONDS * 1000) / speed;
  let running = Promise.resolve();
  try {
    // A tick each (fast) 15 seconds, as the cron would; a run still going is not started again.
    let busy = false;
    const ticker = setInterval(() => {
      if (busy) return;
      busy = true;
      running = app.runReminderTick().then(() => {
        busy = false;
      });
    }, tickMs);
    while (clock.now().getTime() < until || busy) await new Promise((resolve) => setTimeout(resolve, 50));
    clearInterval(ticker);
    await running;
    // A last tick picks up anything due right at the end.
    await app.runReminderTick();
  } finally {
    await app.stop();
  }
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = mb(Math.max(peak, process.memoryUsage.rss()));
  process.stdout.write(`${JSON.stringify({ seconds, rssAfterStartMb, peakRssMb })}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
