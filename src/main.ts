import 'dotenv/config';
import type * as App from './app';
import { ConfigError, loadEnv } from './config/env';
import { DatabaseUrlError } from './db/database-target';
import type * as Logging from './observability/logger';

/** Orchestrators (Kubernetes: 30 s) kill what has not stopped; stop well before. */
const SHUTDOWN_LIMIT_MS = 10_000;

async function main(): Promise<void> {
  let env: ReturnType<typeof loadEnv>;
  try {
    env = loadEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  // Loaded only now: the app's modules (Prisma, Bolt, PGlite …) take most of a second to
  // load, and a configuration error should not wait for them.
  const { createLogger }: typeof Logging = require('./observability/logger');
  const { StartupError, startTouchbase }: typeof App = require('./app');
  const logger = createLogger(env.LOG_LEVEL);
  try {
    const running = await startTouchbase({ env, logger });
    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) {
        // Whoever sends a second signal wants the process gone now, not after the drain.
        logger.warn({ signal }, 'second signal while shutting down: exiting now');
        logger.flush();
        process.exit(1);
      }
      stopping = true;
      logger.info({ signal }, 'shutting down');
      // stop() bounds every wait itself; this is the backstop should anything still hang.
      setTimeout(() => {
        logger.error(`shutdown did not finish within ${SHUTDOWN_LIMIT_MS / 1000} s: exiting now`);
        logger.flush();
        process.exit(1);
      }, SHUTDOWN_LIMIT_MS).unref();
      running.stop().then(
        () => {
          logger.info('stopped');
          logger.flush();
          process.exit(0);
        },
        (error) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    process.on('SIGINT', () => shutdown('SIGINT'));
  } catch (error) {
    if (error instanceof StartupError || error instanceof DatabaseUrlError) {
      logger.fatal(error.message);
      logger.flush();
      process.exit(1);
    }
    throw error;
  }
}

main().catch((error) => {
  process.stderr.write(`Touchbase stopped unexpectedly: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
