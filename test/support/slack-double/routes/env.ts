import type { FaultInjector } from '../faults';
import type { MethodContext } from '../methods/context';
import type { CallRecorder } from '../recorder';
import type { ResponseUrls } from '../response-urls';

/** What the HTTP routes share with the double. */
export interface RouteEnv {
  ctx: MethodContext;
  faults: FaultInjector;
  recorder: CallRecorder;
  responseUrls: ResponseUrls;
  /** Timer that stop() can cut short, so delayed answers never outlive the double. */
  sleep: (ms: number) => Promise<void>;
  /** Waits until the test releases calls to `method` (or the double stops). */
  hold: (method: string) => Promise<void>;
}

export interface Outcome {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}
