import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

interface BuildCheck {
  fingerprint(): string;
  isCurrent(fingerprint: string): boolean;
}

let built: boolean | undefined;

/**
 * How to run one of our entry points (`src/main.ts`, `src/cli/import.ts`) as its own process:
 * the compiled file in dist/ when dist/ was built from exactly these sources (scripts/build.js
 * keeps a fingerprint of them; `npm install` builds), which is what `npm start` runs and loads in
 * half the time; otherwise the source through tsx, so a test never runs stale code.
 */
export function nodeArgsFor(entry: string): string[] {
  if (built === undefined) {
    const check = require(path.join(ROOT, 'scripts', 'build.js')) as BuildCheck;
    built = check.isCurrent(check.fingerprint());
  }
  return built ? [path.join('dist', entry.replace(/\.ts$/, '.js'))] : ['--import', 'tsx', entry];
}

export interface AppProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
  /**
   * Resolves with the first JSON log line matching `predicate`; fails if the process ends first,
   * or after `timeoutMs` when given (otherwise the test's own timeout bounds the wait).
   */
  waitForLog(
    predicate: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
}

/** Runs the app's entry point (src/main.ts) as a real process, with exactly the given environment (plus PATH). */
export function spawnApp(env: Record<string, string>): AppProcess {
  const child = spawn(process.execPath, nodeArgsFor('src/main.ts'), {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  let out = '';
  let err = '';
  let partial = '';
  let closed = false;
  const lines: Record<string, unknown>[] = [];
  const watchers = new Set<() => void>();
  child.stdout?.on('data', (chunk) => {
    out += chunk;
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) if (line.startsWith('{')) lines.push(JSON.parse(line));
    for (const watch of [...watchers]) watch();
  });
  child.stderr?.on('data', (chunk) => {
    err += chunk;
  });
  // 'close' comes after the last output, unlike 'exit'.
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (code) => {
      closed = true;
      for (const watch of [...watchers]) watch();
      resolve(code);
    }),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForLog(predicate, timeoutMs) {
      return new Promise((resolve, reject) => {
        const fail = (why: string) => {
          watchers.delete(watch);
          clearTimeout(timer);
          reject(new Error(`${why} without a matching log line; stdout:\n${out}\nstderr:\n${err}`));
        };
        const timer =
          timeoutMs === undefined ? undefined : setTimeout(() => fail(`${timeoutMs} ms passed`), timeoutMs);
        const watch = () => {
          const found = lines.find(predicate);
          if (found) {
            watchers.delete(watch);
            clearTimeout(timer);
            resolve(found);
          } else if (closed) fail('the process ended');
        };
        watchers.add(watch);
        watch();
      });
    },
  };
}
