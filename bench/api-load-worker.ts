import { parentPort } from 'node:worker_threads';

// Runs in its own thread, so building requests and reading answers does not share the
// event loop with the app being measured.

export interface ApiLoadPlan {
  url: string;
  token: string;
  /** JSON bodies, used in order. */
  bodies: string[];
  warmup: number;
  requests: number;
  concurrency: number;
  /** The status a good answer has (default 201). */
  expectStatus?: number;
  /** Batch answers: count the items the answer says were created, and its refused ones as failures. */
  countItems?: boolean;
  /**
   * At most this many requests a second (each sent no earlier than its turn): two builds then
   * do the same background work per create (a person's message is drawn once a second
   * whatever the rate), so their CPU per create compares. Unset: as fast as the clients go.
   */
  perSecond?: number;
}

export interface ApiLoadResult {
  latenciesMs: number[];
  /** Wall time of the measured part, for requests per second. */
  elapsedMs: number;
  failures: number;
  firstFailure?: string;
  /** Items created in the measured part (batch answers only). */
  itemsCreated: number;
}

async function post(
  plan: ApiLoadPlan,
  body: string,
): Promise<{ ms: number; created: number; refused: number }> {
  const started = performance.now();
  const response = await fetch(plan.url, {
    method: 'POST',
    headers: { authorization: `Bearer ${plan.token}`, 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== (plan.expectStatus ?? 201))
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  if (!plan.countItems) return { ms, created: 1, refused: 0 };
  const answer = JSON.parse(text) as { created: number; refused: number; results: { problem?: unknown }[] };
  if (answer.refused > 0 && !firstRefusal)
    firstRefusal = JSON.stringify(answer.results.find((r) => r.problem)).slice(0, 300);
  return { ms, created: answer.created, refused: answer.refused };
}

let firstRefusal: string | undefined;

async function run(plan: ApiLoadPlan): Promise<ApiLoadResult> {
  let cursor = 0;
  const result: ApiLoadResult = { latenciesMs: [], elapsedMs: 0, failures: 0, itemsCreated: 0 };
  const block = async (count: number, record: boolean) => {
    let started = 0;
    const from = performance.now();
    const lane = async () => {
      while (started < count) {
        const turn = started;
        started += 1;
        const due = plan.perSecond ? from + (turn * 1000) / plan.perSecond : 0;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const body = plan.bodies[cursor++ % plan.bodies.length]!;
        try {
          const answer = await post(plan, body);
          if (record) {
            result.latenciesMs.push(answer.ms);
            result.itemsCreated += answer.created;
            result.failures += answer.refused;
            if (answer.refused > 0) result.firstFailure ??= firstRefusal;
          }
        } catch (error) {
          result.failures += 1;
          result.firstFailure ??= (error as Error).message;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, plan.concurrency) }, lane));
  };
  await block(plan.warmup, false);
  const from = performance.now();
  await block(plan.requests, true);
  result.elapsedMs = performance.now() - from;
  return result;
}

parentPort?.once('message', (plan: ApiLoadPlan) => {
  run(plan).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (error: Error) => parentPort?.postMessage({ ok: false, error: error.stack ?? error.message }),
  );
});
