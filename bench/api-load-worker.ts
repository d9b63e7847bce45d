import { Agent, request } from 'node:http';
import { parentPort } from 'node:worker_threads';
import { threadCpuMs } from './thread-cpu';

// Runs in its own thread, so building requests and reading answers does not share the
// event loop with the app being measured. It still shares the machine's cores with it, so
// it is lean: node:http on kept-alive sockets, bodies encoded before the clock starts
// (global fetch, with its streams, cost about five times the CPU per request).

export interface ApiLoadPlan {
  url: string;
  token: string;
  /** JSON bodies, used in order (and again from the first if more requests are sent). */
  bodies: string[];
  warmup: number;
  requests: number;
  /** Keep measuring until this much time has passed too, however many requests that takes. */
  minMeasuredMs?: number;
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
  /** Tell the parent each time this many measured answers have arrived (a warm-up curve). */
  blockSize?: number;
}

/** Posted as each block of measured answers is complete, before the result. */
export interface ApiLoadBlock {
  answers: number;
  /** ms from the start of the measured part. */
  atMs: number;
  /** This load thread's CPU so far in the measured part. */
  loadCpuMs: number;
}

export interface ApiLoadResult {
  latenciesMs: number[];
  /** When each measured answer had arrived, in ms from the start of the measured part, in order. */
  finishedMs: number[];
  /** Wall time of the measured part, for requests per second. */
  elapsedMs: number;
  /** CPU time of this load thread in the measured part (NaN off Linux): the apparatus's own cost. */
  loadCpuMs: number;
  failures: number;
  firstFailure?: string;
  /** Items created in the measured part (batch answers only). */
  itemsCreated: number;
}

interface Answer {
  ms: number;
  created: number;
  refused: number;
}

let firstRefusal: string | undefined;

function poster(plan: ApiLoadPlan): (body: Buffer) => Promise<Answer> {
  const agent = new Agent({ keepAlive: true, maxSockets: Math.max(1, plan.concurrency) });
  const url = new URL(plan.url);
  const expected = plan.expectStatus ?? 201;
  const options = (body: Buffer) => ({
    host: url.hostname,
    port: url.port,
    path: url.pathname,
    method: 'POST',
    agent,
    headers: {
      authorization: `Bearer ${plan.token}`,
      'content-type': 'application/json',
      'content-length': body.length,
    },
  });
  return (body) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const req = request(options(body), (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const ms = performance.now() - started;
          const text = () => Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== expected) {
            reject(new Error(`HTTP ${res.statusCode}: ${text().slice(0, 200)}`));
            return;
          }
          if (!plan.countItems) {
            resolve({ ms, created: 1, refused: 0 });
            return;
          }
          const answer = JSON.parse(text()) as {
            created: number;
            refused: number;
            results: { problem?: unknown }[];
          };
          if (answer.refused > 0 && !firstRefusal)
            firstRefusal = JSON.stringify(answer.results.find((r) => r.problem)).slice(0, 300);
          resolve({ ms, created: answer.created, refused: answer.refused });
        });
      });
      req.on('error', reject);
      req.end(body);
    });
}

async function run(plan: ApiLoadPlan): Promise<ApiLoadResult> {
  const bodies = plan.bodies.map((body) => Buffer.from(body, 'utf8'));
  const post = poster(plan);
  let cursor = 0;
  let cpu = 0;
  const result: ApiLoadResult = {
    latenciesMs: [],
    finishedMs: [],
    elapsedMs: 0,
    loadCpuMs: 0,
    failures: 0,
    itemsCreated: 0,
  };
  const block = async (count: number, minMs: number, record: boolean) => {
    let started = 0;
    const from = performance.now();
    const more = () => started < count || (minMs > 0 && performance.now() - from < minMs);
    const lane = async () => {
      while (more()) {
        const turn = started;
        started += 1;
        const due = plan.perSecond ? from + (turn * 1000) / plan.perSecond : 0;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const body = bodies[cursor++ % bodies.length]!;
        try {
          const answer = await post(body);
          if (record) {
            result.latenciesMs.push(answer.ms);
            result.finishedMs.push(performance.now() - from);
            const answers = result.finishedMs.length;
            if (plan.blockSize && answers % plan.blockSize === 0) {
              const block: ApiLoadBlock = {
                answers,
                atMs: performance.now() - from,
                loadCpuMs: threadCpuMs() - cpu,
              };
              parentPort?.postMessage({ block });
            }
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
  await block(plan.warmup, 0, false);
  cpu = threadCpuMs();
  const measuredFrom = performance.now();
  await block(plan.requests, plan.minMeasuredMs ?? 0, true);
  result.elapsedMs = performance.now() - measuredFrom;
  result.loadCpuMs = threadCpuMs() - cpu;
  return result;
}

parentPort?.once('message', (plan: ApiLoadPlan) => {
  run(plan).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (error: Error) => parentPort?.postMessage({ ok: false, error: error.stack ?? error.message }),
  );
});
