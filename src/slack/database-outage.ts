import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';
import { type Locale, messages } from '../i18n';
import { isDatabaseUnavailable } from '../observability/database-unavailable';
import type { Logger } from '../observability/logger';
import { ackState } from './answer-once';
import { answerOnSurface } from './app-errors/answer-on-surface';
import type { TouchbaseContext } from './request-context';

export interface DatabaseOutageOptions {
  /** Whether the database answers now; must itself answer within a second or so. */
  ping: (timeoutMs: number) => Promise<boolean>;
  logger: Logger;
  /** The workspace's language, for users whose own we cannot look up without the database. */
  defaultLocale: Locale;
  /** A request not acknowledged after this long makes the guard look at the database (default 1 s). */
  checkAfterMs?: number;
  /** How long that look may take (default 1 s): with checkAfterMs, well inside Slack's 3 s. */
  pingTimeoutMs?: number;
}

const ANSWERED = 'touchbaseAnsweredByGuard';

interface Body {
  type?: string;
}

/**
 * When the database does not answer, Slack users get a short "Touchbase cannot reach
 * its database, try again in a minute" in time, instead of Slack's own timeout error:
 *
 * - `guard` (before requestContext): if a request is not acknowledged within
 *   `checkAfterMs` and the database does not answer a ping, it acknowledges the
 *   request itself with that message — ephemerally for commands and actions, as a
 *   field error for a view submission. A database error thrown later by a listener
 *   is answered the same way and logged as a warning, not as a bug.
 * - `skipAnswered` (after requestContext): a request the guard already answered does
 *   not go on to its listener once the database is back, so nothing happens behind
 *   the user's back after they were told it failed.
 *
 * Requires AnswerOnceApp (answer-once.ts). Embedded PGlite answers every ping, so
 * there the guard only ever answers errors that say the database is closed.
 */
export function databaseOutage(options: DatabaseOutageOptions): {
  guard: Middleware<AnyMiddlewareArgs>;
  skipAnswered: Middleware<AnyMiddlewareArgs>;
} {
  const checkAfterMs = options.checkAfterMs ?? 1000;
  const pingTimeoutMs = options.pingTimeoutMs ?? 1000;

  const guard: Middleware<AnyMiddlewareArgs> = async (args) => {
    const { context, next } = args;
    const state = ackState(context);
    let answered = false;
    const answer = async () => {
      if (answered) return;
      answered = true;
      context[ANSWERED] = true;
      options.logger.warn(
        { kind: (args.body as Body).type ?? 'command' },
        'database unreachable: told the Slack user',
      );
      const { text, locale } = outageText(context, options.defaultLocale);
      await answerOnSurface(args, { m: messages(locale), text });
    };
    const timer = setTimeout(() => {
      if (!state || state.acked) return;
      options
        .ping(pingTimeoutMs)
        .then((up) => (up || state.acked ? undefined : answer()))
        .catch((error) =>
          options.logger.error({ err: error }, 'could not tell a Slack user the database is down'),
        );
    }, checkAfterMs);
    try {
      await next();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      await answer();
    } finally {
      clearTimeout(timer);
    }
  };

  const skipAnswered: Middleware<AnyMiddlewareArgs> = async ({ context, next }) => {
    if (context[ANSWERED]) return;
    await next();
  };

  return { guard, skipAnswered };
}

/** The message in the user's language when we know it, else in both, the workspace's first. */
function outageText(context: Context, defaultLocale: Locale): { text: string; locale: Locale } {
  const known = context.touchbase as TouchbaseContext | undefined;
  if (known) return { text: known.m.faults.database.slack, locale: known.locale };
  const other: Locale = defaultLocale === 'sv' ? 'en' : 'sv';
  return {
    text: `${messages(defaultLocale).faults.database.slack}\n${messages(other).faults.database.slack}`,
    locale: defaultLocale,
  };
}
