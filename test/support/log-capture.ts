import { Writable } from 'node:stream';

/** A stream for the app's pino logger that keeps every JSON log line, parsed, for a test to read. */
export function captureLogs(): { logs: Record<string, unknown>[]; sink: Writable } {
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  return { logs, sink };
}
