import type { BenchSettings } from './benchmark';
import { type GcSummary, watchGc } from './gc-watch';
import type { Completion, LoadPlan, TargetSamples } from './load/load-plan';
import { type ArrivalSource, runLoad } from './load/run-load';
import { completionKey } from './paths/path-requests';
import { SIGNING_SECRET, type TouchbaseUnderTest } from './touchbase-under-test';

export interface BaselineSetup {
  settings: BenchSettings;
  touchbase: TouchbaseUnderTest;
  /** The empty Bolt app (bench/baseline-app.ts) on the same Slack double. */
  baselineUrl: string;
}

export type TargetName = 'touchbase' | 'baseline';

export interface PathRequests {
  bodies: string[];
  /** Per body, the Web API calls that finish it; absent where the ack is the answer. */
  completions?: Completion[];
}

/** The requests of one path for `count` sends to one app. */
export type RequestsFor = (target: TargetName, count: number) => Promise<PathRequests>;

export interface Measured {
  concurrency: number;
  app: TargetSamples;
  floor: TargetSamples;
  pauses: { touchbase: GcSummary; baseline: GcSummary };
  /** Profile refreshes the app asked the double for: the slow path of the employee lookup. */
  usersInfoCalls: number;
}

/** Reports the double's calls that finish requests to the load worker. */
export function arrivalsAt(touchbase: TouchbaseUnderTest): ArrivalSource {
  return (report) =>
    touchbase.double.onCall((call, atMs) => {
      const key = completionKey(call);
      if (key) report({ key, atMs });
    });
}

/**
 * Between sequential requests: the Homes a request left waiting for their redraw are drawn
 * now and everything it set going finishes, so the next request runs on a quiet app — one
 * request's whole work at a time, as before Homes were folded (the lane then waited for each
 * request's Home). With requests in flight together nothing waits: the folded redraws run
 * beside the requests, as they would in use.
 */
export function settleApp(touchbase: TouchbaseUnderTest): () => Promise<void> {
  return async () => {
    await touchbase.app.redrawWaitingHomes();
    await touchbase.app.idle();
  };
}

/**
 * Touchbase and the empty Bolt app answering the same kind of request, in alternating
 * blocks of the same run, `concurrency` requests in flight, with the GC pauses of the
 * thread both run on.
 */
export async function measureBesideBaseline(
  setup: BaselineSetup,
  requestsFor: RequestsFor,
  expect: LoadPlan['expect'],
  concurrency: number,
): Promise<Measured> {
  const { settings, touchbase } = setup;
  const count = settings.warmup + settings.requests;
  const app = await requestsFor('touchbase', count);
  const floor = await requestsFor('baseline', count);
  // What the run before left to do (Homes waiting for their redraw) is not this run's.
  await touchbase.app.idle();
  touchbase.double.clearCalls();
  const gc = watchGc();
  try {
    const load = await runLoad(
      {
        signingSecret: SIGNING_SECRET,
        targets: [
          { name: 'touchbase', url: touchbase.eventsUrl, ...app },
          { name: 'baseline', url: setup.baselineUrl, ...floor },
        ],
        expect,
        warmup: settings.warmup,
        requests: settings.requests,
        concurrency,
        blockSize: Math.max(50, concurrency * 25),
        settleBetween: concurrency <= 1,
      },
      arrivalsAt(touchbase),
      settleApp(touchbase),
    );
    const [appSamples, floorSamples] = load.targets as [TargetSamples, TargetSamples];
    return {
      concurrency,
      app: appSamples,
      floor: floorSamples,
      pauses: {
        touchbase: await gc.during(appSamples.spans),
        baseline: await gc.during(floorSamples.spans),
      },
      usersInfoCalls: touchbase.double.callsTo('users.info').length,
    };
  } finally {
    gc.stop();
    // The double keeps every call and modal; a long run must not carry them all.
    touchbase.double.clearCalls();
  }
}
