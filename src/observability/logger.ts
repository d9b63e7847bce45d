import { type LogLevel, LogLevel as SlackLevels, type Logger as SlackLogger } from '@slack/bolt';
import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON lines for machines; pino-pretty when a person watches the terminal. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  if (destination) return pino({ level, base: { app: 'touchbase' } }, destination);
  const pretty = process.stdout.isTTY && process.env.NODE_ENV !== 'production';
  return pino({
    level,
    base: { app: 'touchbase' },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } } : {}),
  });
}

const toPino: Record<LogLevel, string> = {
  [SlackLevels.DEBUG]: 'debug',
  [SlackLevels.INFO]: 'info',
  [SlackLevels.WARN]: 'warn',
  [SlackLevels.ERROR]: 'error',
};

/** Bolt's logger interface on top of pino, so Bolt's own lines are structured too. */
export function boltLogger(logger: Logger): SlackLogger {
  let child = logger.child({ component: 'bolt' });
  const message = (parts: unknown[]) =>
    parts.map((part) => (typeof part === 'string' ? part : JSON.stringify(part)));
  return {
    debug: (...parts) => child.debug(message(parts).join(' ')),
    info: (...parts) => child.info(message(parts).join(' ')),
    warn: (...parts) => child.warn(message(parts).join(' ')),
    error: (...parts) => child.error(message(parts).join(' ')),
    setLevel: (level) => {
      child.level = toPino[level];
    },
    getLevel: () =>
      (Object.entries(toPino).find(([, name]) => name === child.level)?.[0] ?? SlackLevels.INFO) as LogLevel,
    setName: (name) => {
      child = logger.child({ component: name });
    },
  };
}
