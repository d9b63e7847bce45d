import { type Logger, LogLevel } from '@slack/bolt';

export interface RecordingLogger extends Logger {
  /** Warnings and errors, kept so a test can assert the app logged none (or the expected one). */
  readonly problems: string[];
}

/**
 * A Bolt/WebClient logger that stays silent but remembers warnings and errors: the default
 * console logger buries jest output in retry and reconnect chatter.
 */
export function recordingLogger(): RecordingLogger {
  const problems: string[] = [];
  let level = LogLevel.WARN;
  const keep =
    (kind: string) =>
    (...msg: unknown[]) => {
      problems.push(`${kind}: ${msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' ')}`);
    };
  return {
    problems,
    debug: () => {},
    info: () => {},
    warn: keep('warn'),
    error: keep('error'),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
