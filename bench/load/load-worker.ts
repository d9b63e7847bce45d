import { Agent } from 'node:http';
import { parentPort } from 'node:worker_threads';
import type { Arrival, LoadPlan, LoadResult, LoadTarget, TargetSamples } from './load-plan';
import { isEphemeralAnswer, isOkAnswer, isOptionsAnswer, signedPost, type TimedAnswer } from './signed-post';

// Runs in its own thread, so building, signing and parsing requests does not share the
// event loop with the apps being measured.

/** An app that never makes the call it should have made fails the request, not the run. */
const ARRIVAL_TIMEOUT_MS = 30_000;

interface TargetState {
  target: LoadTarget;
  bodies: string[];
  agent: Agent;
  samples: TargetSamples;
  cursor: number;
}

/**
 * Web API calls the main thread saw arrive at the Slack double, handed to the requests
 * waiting for them. Waiters register before their request is sent (the call may arrive
 * before the ack does); a key waited for twice is served first come, first served.
 */
class Arrivals {
  private readonly waiting = new Map<string, ((atMs: number) => void)[]>();

  expect(key: string): { arrived: Promise<number>; cancel(): void } {
    let resolve!: (atMs: number) => void;
    let timer: NodeJS.Timeout | undefined;
    const arrived = new Promise<number>((ok, fail) => {
      resolve = (atMs) => {
        clearTimeout(timer);
        ok(atMs);
      };
      timer = setTimeout(() => {
        this.remove(key, resolve);
        fail(new Error(`no ${key} within ${ARRIVAL_TIMEOUT_MS / 1000} s`));
      }, ARRIVAL_TIMEOUT_MS);
    });
    // Awaited later, or never when the request failed first: a timeout must not go unhandled meanwhile.
    arrived.catch(() => undefined);
    this.waiting.set(key, [...(this.waiting.get(key) ?? []), resolve]);
    return {
      arrived,
      cancel: () => {
        clearTimeout(timer);
        this.remove(key, resolve);
      },
    };
  }

  arrive({ key, atMs }: Arrival): void {
    const queue = this.waiting.get(key);
    const first = queue?.shift();
    if (queue?.length === 0) this.waiting.delete(key);
    first?.(atMs);
  }

  private remove(key: string, resolve: (atMs: number) => void): void {
    const rest = (this.waiting.get(key) ?? []).filter((waiter) => waiter !== resolve);
    if (rest.length > 0) this.waiting.set(key, rest);
    else this.waiting.delete(key);
  }
}

const arrivals = new Arrivals();

/** Asks the main thread to let the apps finish their background work; resolves when it has. */
class Settler {
  private next = 0;
  private readonly waiting = new Map<number, () => void>();

  settle(): Promise<void> {
    const id = this.next++;
    return new Promise<void>((resolve) => {
      this.waiting.set(id, resolve);
      parentPort?.postMessage({ settle: id });
    });
  }

  settled(id: number): void {
    this.waiting.get(id)?.();
    this.waiting.delete(id);
  }
}

const settler = new Settler();

function isGood(plan: LoadPlan, answer: TimedAnswer): boolean {
  if (plan.expect === 'options') return isOptionsAnswer(answer);
  if (plan.expect === 'ok') return isOkAnswer(answer);
  return isEphemeralAnswer(answer);
}

async function oneRequest(plan: LoadPlan, state: TargetState, record: boolean): Promise<void> {
  const index = state.cursor++ % state.bodies.length;
  const completion = state.target.completions?.[index] ?? null;
  const done = completion ? arrivals.expect(completion.done) : undefined;
  const settled = completion?.settled ? arrivals.expect(completion.settled) : undefined;
  try {
    const answer = await signedPost(state.target.url, state.agent, plan.signingSecret, state.bodies[index]!);
    if (!isGood(plan, answer)) throw new Error(`HTTP ${answer.status}: ${answer.body.slice(0, 200)}`);
    const ackMs = answer.startedAtMs + answer.ms;
    const doneMs = done ? await done.arrived : ackMs;
    const settledMs = settled ? Math.max(doneMs, await settled.arrived) : doneMs;
    if (!record) return;
    state.samples.latenciesMs.push(doneMs - answer.startedAtMs);
    state.samples.ackLatenciesMs.push(answer.ms);
    if (plan.trace) state.samples.traces.push({ startMs: answer.startedAtMs, ackMs, doneMs, settledMs });
  } catch (error) {
    done?.cancel();
    settled?.cancel();
    state.samples.failures += 1;
    state.samples.firstFailure ??= (error as Error).message;
  }
}

async function runBlock(plan: LoadPlan, state: TargetState, count: number, record: boolean): Promise<void> {
  const fromMs = epochMs();
  let started = 0;
  const lane = async () => {
    while (started < count) {
      started += 1;
      await oneRequest(plan, state, record);
      if (plan.settleBetween) await settler.settle();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, plan.concurrency) }, lane));
  if (record) state.samples.spans.push({ fromMs, toMs: epochMs() });
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
    target,
    bodies: target.bodies ?? plan.bodies ?? [],
    // Keep-alive, so connection setup (the same for both apps) does not dilute the difference;
    // one socket per lane, so no request waits client-side.
    agent: new Agent({ keepAlive: true, maxSockets: Math.max(1, plan.concurrency) }),
    samples: {
      name: target.name,
      latenciesMs: [],
      ackLatenciesMs: [],
      failures: 0,
      spans: [],
      traces: [],
    },
    cursor: 0,
  }));
  for (const state of targets)
    if (state.bodies.length === 0) throw new Error(`load plan: target ${state.target.name} has no bodies`);
  try {
    await runPhase(plan, targets, plan.warmup, false);
    await runPhase(plan, targets, plan.requests, true);
  } finally {
    for (const state of targets) state.agent.destroy();
  }
  return { targets: targets.map((state) => state.samples) };
}

parentPort?.on('message', (message: { plan: LoadPlan } | { arrival: Arrival } | { settled: number }) => {
  if ('arrival' in message) {
    arrivals.arrive(message.arrival);
    return;
  }
  if ('settled' in message) {
    settler.settled(message.settled);
    return;
  }
  run(message.plan).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (error: Error) => parentPort?.postMessage({ ok: false, error: error.stack ?? error.message }),
  );
});
