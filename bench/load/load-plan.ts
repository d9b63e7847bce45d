/** What the load worker is asked to do, and what it reports (structured-clone safe). */
export interface LoadPlan {
  signingSecret: string;
  /** Measured side by side: the same bodies, alternating blocks, so drift hits both alike. */
  targets: { name: string; url: string }[];
  /** Unsigned form bodies (slash commands or interactions), used in order by every target. */
  bodies: string[];
  /** What a good answer is: an ephemeral message (commands) or an options list (block_suggestion). */
  expect?: 'ephemeral' | 'options';
  warmup: number;
  requests: number;
  concurrency: number;
  blockSize: number;
}

export interface TargetSamples {
  name: string;
  latenciesMs: number[];
  failures: number;
  firstFailure?: string;
  /** When this target's measured blocks ran (epoch ms), to attribute the apps' GC pauses. */
  spans: { fromMs: number; toMs: number }[];
}

export interface LoadResult {
  targets: TargetSamples[];
}
