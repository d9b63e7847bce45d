import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Arrival, LoadPlan, LoadResult } from './load-plan';

type WorkerAnswer = { ok: true; result: LoadResult } | { ok: false; error: string };

/**
 * Where the Web API calls that complete requests come from: called with a reporter,
 * returns the function that stops reporting.
 */
export type ArrivalSource = (report: (arrival: Arrival) => void) => () => void;

/**
 * Runs a load plan in a worker thread. The worker's TypeScript is loaded through tsx's
 * require hook, since `npm run bench` compiles on the fly and workers do not inherit that.
 */
export async function runLoad(
  plan: LoadPlan,
  arrivals?: ArrivalSource,
  /** For `plan.settleBetween`: lets the apps finish what the last request set going. */
  settle?: () => Promise<void>,
): Promise<LoadResult> {
  if (plan.settleBetween && !settle) throw new Error('load plan: settleBetween needs a settle function');
  const tsx = JSON.stringify(require.resolve('tsx/cjs/api'));
  const script = JSON.stringify(path.join(__dirname, 'load-worker.ts'));
  const worker = new Worker(`require(${tsx}).register(); require(${script});`, { eval: true });
  const stopReporting = arrivals?.((arrival) => worker.postMessage({ arrival }));
  try {
    const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
      worker.on('message', (message: WorkerAnswer | { settle: number }) => {
        if ('settle' in message) {
          const id = message.settle;
          settle!().then(
            () => worker.postMessage({ settled: id }),
            (error: Error) => reject(error),
          );
          return;
        }
        resolve(message);
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`load worker exited early (code ${code})`)));
      worker.postMessage({ plan });
    });
    if (!answer.ok) throw new Error(`load worker failed: ${answer.error}`);
    return answer.result;
  } finally {
    stopReporting?.();
    await worker.terminate();
  }
}
