import { Agent } from 'node:http';
import { parentPort } from 'node:worker_threads';
import type { LoadPlan, LoadResult, TargetSamples } from './load-plan';
import { isEphemeralAnswer, isOptionsAnswer, signedPost } from './signed-post';

// Runs in its own thread, so building, signing and parsing requests does not share the
// event loop with the apps being measured.

interface TargetState {
  url: string;
  agent: Agent;
  samples: TargetSamples;
  cursor: number;
}

async function runBlock(plan: LoadPlan, target: TargetState, count: number, record: boolean): Promise<void> {
  const fromMs = epochMs();
  let started = 0;
  const lane = async () => {
    while (started < count) {
      started += 1;
      const body = plan.bodies[target.cursor++ % plan.bodies.length]!;
      try {
        const answer = await signedPost(target.url, target.agent, plan.signingSecret, body);
        const good = plan.expect === 'options' ? isOptionsAnswer(answer) : isEphemeralAnswer(answer);
        if (!good) throw new Error(`HTTP ${answer.status}: ${answer.body.slice(0, 200)}`);
        if (record) target.samples.latenciesMs.push(answer.ms);
      } catch (error) {
        target.samples.failures += 1;
        target.samples.firstFailure ??= (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, plan.concurrency) }, lane));
  if (record) target.samples.spans.push({ fromMs, toMs: epochMs() });
}

/** Wall-clock time both threads agree on (each thread's performance.now() has its own origin). */
function epochMs(): number {
  return performance.timeOrigin + performance.now();
}

/** Alternating blocks, first target rotating each round, until every target had `count` requests. */
async function runPhase(
  plan: LoadPlan,
  targets: TargetState[],
  count: number,
  record: boolean,
): Promise<void> {
  for (let done = 0, round = 0; done < count; done += plan.blockSize, round += 1) {
    const size = Math.min(plan.blockSize, count - done);
    for (let i = 0; i < targets.length; i += 1) {
      await runBlock(plan, targets[(round + i) % targets.length]!, size, record);
    }
  }
}

async function run(plan: LoadPlan): Promise<LoadResult> {
  const targets: TargetState[] = plan.targets.map((target) => ({
    url: target.url,
    // Keep-alive, so connection setup (the same for both apps) does not dilute the difference;
    // one socket per lane, so no request waits client-side.
    agent: new Agent({ keepAlive: true, maxSockets: Math.max(1, plan.concurrency) }),
    samples: { name: target.name, latenciesMs: [], failures: 0, spans: [] },
    cursor: 0,
  }));
  try {
    await runPhase(plan, targets, plan.warmup, false);
    await runPhase(plan, targets, plan.requests, true);
  } finally {
    for (const target of targets) target.agent.destroy();
  }
  return { targets: targets.map((target) => target.samples) };
}

parentPort?.once('message', (plan: LoadPlan) => {
  run(plan).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (error: Error) => parentPort?.postMessage({ ok: false, error: error.stack ?? error.message }),
  );
});
