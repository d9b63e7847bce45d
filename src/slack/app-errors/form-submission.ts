import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { AppError } from '../../domain/app-error';
import type { Messages } from '../../i18n';
import { ackState } from '../answer-once';
import { touchbase } from '../request-context';
import { type FormFields, submissionRefused } from './form-fields';

export type FormArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * A view submission listener whose refusals keep the form open: an AppError thrown before
 * the listener acknowledged is answered with each message next to its field (`fields`
 * says where), or the form gives way to the refusal. Everything else, and whatever is
 * thrown after the ack, goes on to listenerErrors. So a listener reads the form, calls the
 * use case, acks and goes on, with no catch of its own.
 */
export function formSubmission<Args extends FormArgs>(
  fields: (view: Args['view'], m: Messages) => FormFields,
  listener: (args: Args) => Promise<void>,
): (args: Args) => Promise<void> {
  return async (args) => {
    try {
      await listener(args);
    } catch (error) {
      if (!(error instanceof AppError) || ackState(args.context)?.acked) throw error;
      const { m } = touchbase(args.context);
      await args.ack(submissionRefused(error, m, { view: args.view, fields: fields(args.view, m) }));
    }
  };
}
