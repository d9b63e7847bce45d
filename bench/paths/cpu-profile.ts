import { Session } from 'node:inspector/promises';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Where the main thread's CPU time goes, by the code it ran in. Built-ins, Node's own
 * modules and WebAssembly count towards the code that called them, so JSON.stringify
 * under a view counts as the view, and the query compiler's WebAssembly as Prisma.
 */
export type CpuCategories = [pattern: RegExp, name: string][];

const CATEGORIES: CpuCategories = [
  [/^src\/generated\/prisma\/|^node_modules\/@prisma\/client\//, 'Prisma client and query compiler'],
  [/^node_modules\/(@prisma\/adapter-pg|pg|pg-[a-z-]+)\//, 'pg driver'],
  [/^node_modules\/(@electric-sql\/pglite|pglite-prisma-adapter)\//, 'PGlite (embedded database)'],
  [/^src\/slack\/views\//, 'Touchbase views (Block Kit)'],
  [/^src\/db\//, 'Touchbase repositories'],
  [/^src\//, 'Touchbase other'],
  [/^test\/support\/slack-double\//, 'Slack double'],
  [/^node_modules\/(@slack|express|body-parser|raw-body|router|axios)\//, 'Bolt, Web API client, Express'],
  [/^node_modules\/(chrono-node|date-fns|@date-fns|date-holidays)\//, 'dates (chrono, date-fns)'],
  [/^node_modules\/zod\//, 'zod'],
  [/^node_modules\/pino/, 'logging'],
  [/^bench\//, 'benchmark'],
  [/^node_modules\//, 'other libraries'],
];
const ROOT = `file://${path.resolve(__dirname, '..', '..')}/`;
const NODE = 'Node.js (HTTP, streams, timers)';
const SPECIAL: Record<string, string | null> = {
  '(garbage collector)': 'garbage collection',
  '(program)': 'V8 (program)',
  '(idle)': null,
  '(root)': NODE,
};

function ownCategory(frame: ProfileNode['callFrame'], categories: CpuCategories): string | null | undefined {
  if (frame.functionName in SPECIAL) return SPECIAL[frame.functionName];
  const { url } = frame;
  // Starting and stopping the profiler itself is no one's work.
  if (url === 'node:inspector') return null;
  if (url === '' || url.startsWith('node:') || url.startsWith('wasm:')) return undefined;
  // Libraries from a node_modules elsewhere (a symlinked one) count as libraries all the same.
  const library = url.lastIndexOf('/node_modules/');
  const file = url.startsWith(ROOT)
    ? url.slice(ROOT.length)
    : library >= 0
      ? url.slice(library + 1)
      : url.replace(/^file:\/\//, '');
  return categories.find(([pattern]) => pattern.test(file))?.[1] ?? NODE;
}

export interface CpuProfiler {
  /** Milliseconds of CPU by category, idle time left out. */
  stop(): Promise<Record<string, number>>;
}

/** Samples the main thread (the app, the baseline and the Slack double run there) every 200 µs. */
export async function startCpuProfile(categories: CpuCategories = CATEGORIES): Promise<CpuProfiler> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
      await session.post('Profiler.disable');
      session.disconnect();
      return byCategory(profile, categories);
    },
  };
}

function byCategory(profile: Profile, categories: CpuCategories): Record<string, number> {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const category = new Map<number, string | null>();
  const root = profile.nodes[0];
  const stack: [ProfileNode, string | null][] = root ? [[root, NODE]] : [];
  while (stack.length > 0) {
    const [node, inherited] = stack.pop()!;
    const own = ownCategory(node.callFrame, categories);
    const resolved = own === undefined ? inherited : own;
    category.set(node.id, resolved);
    for (const child of node.children ?? []) stack.push([nodes.get(child)!, resolved]);
  }
  const totals: Record<string, number> = {};
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i += 1) {
    const name = category.get(samples[i]!);
    if (!name) continue;
    totals[name] = (totals[name] ?? 0) + (deltas[i] ?? 0) / 1000;
  }
  return totals;
}
