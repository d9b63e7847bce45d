import type { RequestTrace } from '../load/load-plan';
import type { LoggedQuery } from './query-log';

/** Where one path's time goes, per request, from a sequential run with queries logged. */
export interface PathProfile {
  requests: number;
  meanMs: number;
  /** Statements Prisma sent before the user had the answer (BEGIN/COMMIT left out). */
  queries: number;
  transactions: number;
  /** Statements after the answer, until the next request (e.g. redrawing App Home). */
  queriesAfterAnswer: number;
  /** Statements outside every request: timers and other background work. */
  queriesBetweenRequests: number;
  /** Time with at least one statement in flight, before the answer. */
  dbMs: number;
  /** The rest of the wait: JavaScript (Bolt, Prisma's query compiler, views, …) and loopback I/O. */
  outsideDbMs: number;
  /** Web API calls the app made, by method. */
  slackCalls: Record<string, number>;
  /** The main thread's CPU time by code, in ms per request (the Slack double's included). */
  cpuMs: Record<string, number>;
  /** The statements that took the most time, with how often each ran per request. */
  topStatements: { sql: string; perRequest: number; meanMs: number }[];
}

/** Union length of [from, to] intervals clipped to a window. */
function busyMs(intervals: { startMs: number; endMs: number }[], from: number, to: number): number {
  const clipped = intervals
    .map((q) => [Math.max(q.startMs, from), Math.min(q.endMs, to)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of clipped) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** Statement text without literals' variety: the same query shape counts once. */
function shape(sql: string): string {
  return sql.replace(/\s+/g, ' ').replace(/\$\d+/g, '$').trim().slice(0, 160);
}

export function analyseProfile(input: {
  traces: RequestTrace[];
  queries: LoggedQuery[];
  transactions: number;
  slackCalls: Record<string, number>;
  cpuMs: Record<string, number>;
}): PathProfile {
  const { queries } = input;
  const traces = [...input.traces].sort((a, b) => a.startMs - b.startMs);
  const n = Math.max(1, traces.length);
  // What a request goes on doing after its answer (e.g. its Home redrawn, at once or folded
  // with later changes) may have no call to wait for: in these sequential runs it counts as
  // the request's until the next is sent (the last's until recording stops). Such work still
  // running when the next request starts counts as that one's.
  const endOf = (i: number) =>
    traces[i + 1] ? Math.max(traces[i]!.settledMs, traces[i + 1]!.startMs) : Number.POSITIVE_INFINITY;
  let before = 0;
  let after = 0;
  let dbMs = 0;
  let waitMs = 0;
  for (const [i, trace] of traces.entries()) {
    const mine = queries.filter((q) => q.startMs >= trace.startMs && q.startMs < endOf(i));
    const answered = mine.filter((q) => q.startMs <= trace.doneMs);
    before += answered.length;
    after += mine.length - answered.length;
    dbMs += busyMs(answered, trace.startMs, trace.doneMs);
    waitMs += trace.doneMs - trace.startMs;
  }
  const inside = (q: LoggedQuery) => traces.some((t, i) => q.startMs >= t.startMs && q.startMs < endOf(i));
  const statements = new Map<string, { count: number; totalMs: number }>();
  for (const q of queries) {
    const key = shape(q.sql);
    const entry = statements.get(key) ?? { count: 0, totalMs: 0 };
    entry.count += 1;
    entry.totalMs += q.endMs - q.startMs;
    statements.set(key, entry);
  }
  const perRequest = (value: number) => round(value / n);
  return {
    requests: traces.length,
    meanMs: perRequest(waitMs),
    queries: perRequest(before),
    transactions: perRequest(input.transactions),
    queriesAfterAnswer: perRequest(after),
    queriesBetweenRequests: perRequest(queries.filter((q) => !inside(q)).length),
    dbMs: perRequest(dbMs),
    outsideDbMs: perRequest(waitMs - dbMs),
    slackCalls: Object.fromEntries(Object.entries(input.slackCalls).map(([k, v]) => [k, perRequest(v)])),
    cpuMs: Object.fromEntries(
      Object.entries(input.cpuMs)
        .sort(([, a], [, b]) => b - a)
        .map(([k, v]) => [k, perRequest(v)]),
    ),
    topStatements: [...statements]
      .sort(([, a], [, b]) => b.totalMs - a.totalMs)
      .slice(0, 6)
      .map(([sql, { count, totalMs }]) => ({
        sql,
        perRequest: perRequest(count),
        meanMs: round(totalMs / count),
      })),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** One line for the log: the figures the issue asks for per path. */
export function describeProfile(p: PathProfile): string {
  const cpu = Object.entries(p.cpuMs)
    .slice(0, 5)
    .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
    .join(', ');
  const calls = Object.entries(p.slackCalls)
    .map(([method, count]) => `${method} ×${count}`)
    .join(', ');
  const statements = p.topStatements
    .slice(0, 3)
    .map((s) => `\n      ${s.perRequest}× ${s.meanMs.toFixed(2)} ms  ${s.sql.slice(0, 110)}`)
    .join('');
  return (
    `${p.queries} queries (+${p.queriesAfterAnswer} after the answer), ${p.transactions} transactions; ` +
    `mean ${p.meanMs.toFixed(1)} ms = DB ${p.dbMs.toFixed(1)} + outside DB ${p.outsideDbMs.toFixed(1)}; ` +
    `Slack: ${calls || 'none'}\n      CPU ms/request: ${cpu}${statements}`
  );
}
