/** What the load worker is asked to do, and what it reports (structured-clone safe). */
export interface LoadPlan {
  signingSecret: string;
  /** Measured side by side: alternating blocks, so drift hits both alike. */
  targets: LoadTarget[];
  /**
   * Unsigned bodies (slash commands and interactions as forms, events as JSON), used in
   * order by every target that has none of its own.
   */
  bodies?: string[];
  /**
   * What a good answer is: an ephemeral message (commands), an options list
   * (block_suggestion), or any HTTP 200 (an ack whose result arrives through Slack's API).
   */
  expect?: 'ephemeral' | 'options' | 'ok';
  warmup: number;
  requests: number;
  concurrency: number;
  blockSize: number;
  /** Keep each measured request's times (epoch ms), to tell its own database queries from others'. */
  trace?: boolean;
  /**
   * After each request, before the lane sends its next one, the main thread lets the apps
   * finish what it set going (see runLoad's `settle`). Sequential runs use it, so each
   * request is timed alone, not beside the work its predecessor left behind (a Home whose
   * redraw waits out its interval may otherwise run during any later request).
   */
  settleBetween?: boolean;
}

export interface LoadTarget {
  name: string;
  url: string;
  /** This target's own bodies, e.g. where a trigger id may be used once only. */
  bodies?: string[];
  /** Per body: the Web API calls that finish it, as the main thread reports them (see Arrival). */
  completions?: (Completion | null)[];
}

/**
 * A request whose result the user sees through a Web API call (a modal opened, a message
 * updated) is done when that call reaches Slack; one that goes on working after it (a
 * Home redrawn) is settled when its last call does. The lane waits for both before its
 * next request, so N lanes are N requests in flight.
 */
export interface Completion {
  /** Key of the call the user waits for; the latency is measured until it arrived. */
  done: string;
  /** Key of the handler's last call, if it makes one after `done`. */
  settled?: string;
}

/** Sent by the main thread for each Web API call the Slack double received. */
export interface Arrival {
  key: string;
  atMs: number;
}

export interface RequestTrace {
  startMs: number;
  ackMs: number;
  doneMs: number;
  settledMs: number;
}

export interface TargetSamples {
  name: string;
  /** Until the answer (the ack, or the completing Web API call). */
  latenciesMs: number[];
  /** Until the HTTP ack, which for commands with an answer is the answer itself. */
  ackLatenciesMs: number[];
  failures: number;
  firstFailure?: string;
  /** When this target's measured blocks ran (epoch ms), to attribute the apps' GC pauses. */
  spans: { fromMs: number; toMs: number }[];
  traces: RequestTrace[];
}

export interface LoadResult {
  targets: TargetSamples[];
}
