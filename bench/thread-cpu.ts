import { readFileSync } from 'node:fs';

/**
 * CPU time (user + system, ms) of the calling thread so far, from Linux's
 * /proc/thread-self/stat at its 10 ms tick; NaN elsewhere. `process.cpuUsage()` counts
 * every thread of the process, so a worker thread could not tell its own share from the
 * app's it runs beside.
 */
export function threadCpuMs(): number {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}
