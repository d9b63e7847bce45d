import { spawn } from 'node:child_process';
import type { PreparedDatabase } from './targets/prepared-database';
import { PRODUCTION_NODE_ARGS } from './worker-node-args';

/** DATABASE_URL and DATA_DIR for a child process, as the app reads them. */
export function databaseEnv(database: PreparedDatabase): { DATABASE_URL: string; DATA_DIR: string } {
  return { DATABASE_URL: database.env.DATABASE_URL ?? '', DATA_DIR: database.env.DATA_DIR ?? 'memory://' };
}

/**
 * Runs a worker in a process of its own, with Node's flags as `npm start` has them, so
 * its peak RSS is its work's alone; resolves with the JSON of its last line on stdout.
 * TypeScript is compiled on the fly by tsx (which costs memory of its own); a plain
 * JavaScript worker runs without it.
 */
export function runChildWorker<T>(script: string, env: Record<string, string>): Promise<T> {
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...PRODUCTION_NODE_ARGS, ...loader, script], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += String(chunk);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`${script} exited with ${code}`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as T);
    });
  });
}
