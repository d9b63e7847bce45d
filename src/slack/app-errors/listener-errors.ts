import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';
import { AppError } from '../../domain/app-error';
import { type Locale, type Messages, messages } from '../../i18n';
import { ModalNotOpened } from '../open-modal';
import type { TouchbaseContext } from '../request-context';
import { answerOnSurface } from './answer-on-surface';

/**
 * The one error path of every Slack request, as the first middleware after the request
 * metrics (so it also sees what requestContext and the gates throw):
 *
 * - an AppError that reached it is said to the user on the request's surface
 *   (answerOnSurface: next to the form, ephemerally, …) and the request counts as done;
 *   forms place field errors themselves first (formSubmission);
 * - anything else is a bug or an outage of something we use: the user gets the generic
 *   "something went wrong" in their language, and the error goes on to Bolt's error
 *   handler, which logs it.
 *
 * Two kinds pass untouched: a modal Slack did not open (ModalNotOpened: the user was told
 * what to do) and a database outage (its guard, next in the chain, answers those).
 */
export function listenerErrors(options: {
  defaultLocale: Locale;
  isOutage: (error: unknown) => boolean;
}): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    try {
      await args.next();
    } catch (error) {
      if (error instanceof ModalNotOpened || options.isOutage(error)) throw error;
      const m = messagesOf(args.context, options.defaultLocale);
      if (error instanceof AppError) {
        await answerOnSurface(args, { m, text: error.userMessage(m) });
        return;
      }
      await answerOnSurface(args, { m, text: m.errors.generic }).catch(() => undefined);
      throw error;
    }
  };
}

function messagesOf(context: Context, defaultLocale: Locale): Messages {
  return (context.touchbase as TouchbaseContext | undefined)?.m ?? messages(defaultLocale);
}
