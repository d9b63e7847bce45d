import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PREFIX = 'touchbase-bench-';

/**
 * A temp directory named after this process. tsx kills a child that is busy inside
 * PGlite when Ctrl-C arrives, before any cleanup can run, so each run first sweeps
 * the directories of runs whose process no longer exists.
 */
export function makeTempDir(): string {
  for (const entry of fs.readdirSync(os.tmpdir())) {
    const pid = Number(/^touchbase-bench-(\d+)-/.exec(entry)?.[1]);
    if (pid && !isRunning(pid)) fs.rmSync(path.join(os.tmpdir(), entry), { recursive: true, force: true });
  }
  return fs.mkdtempSync(path.join(os.tmpdir(), `${PREFIX}${process.pid}-`));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
