import { readFileSync } from 'node:fs';

/** CPU time (user + system, ms) in a Linux /proc …/stat line, at its 10 ms (100 Hz) tick. */
export function statCpuMs(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU time (user + system, ms) of a process, or of one of its threads; 0 once it is gone. */
export function procCpuMs(pid: number, tid?: number): number {
  try {
    return statCpuMs(readFileSync(tid ? `/proc/${pid}/task/${tid}/stat` : `/proc/${pid}/stat`, 'utf8'));
  } catch {
    return 0;
  }
}

/**
 * CPU time (user + system, ms) of the calling thread so far, from Linux's
 * /proc/thread-self/stat; NaN elsewhere. `process.cpuUsage()` counts every thread of the
 * process, so a worker thread could not tell its own share from the app's it runs beside.
 */
export function threadCpuMs(): number {
  try {
    return statCpuMs(readFileSync('/proc/thread-self/stat', 'utf8'));
  } catch {
    return Number.NaN;
  }
}
