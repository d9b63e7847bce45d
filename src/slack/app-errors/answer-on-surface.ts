import type { AllMiddlewareArgs, AnyMiddlewareArgs } from '@slack/bolt';
import type { Messages } from '../../i18n';
import { ackState } from '../answer-once';
import type { LooseSlackBody } from '../loose-body';
import { requesterOf, tellRequester } from '../tell-requester';
import { noticeModal } from '../views/notice-modal';

/**
 * Says `text` (our own mrkdwn) to the user of a request that went wrong, on the surface it
 * came from: a slash command in its ephemeral answer, a view submission not yet answered
 * next to the form's first input (or in place of a form without one), a picker no options,
 * a button, shortcut or message action ephemerally through its response URL, else in the
 * channel or the DM. Events, closed views and answered submissions have no one to tell:
 * there the caller's log is all.
 * Acknowledges the request when nothing has yet.
 */
export async function answerOnSurface(
  args: AnyMiddlewareArgs & AllMiddlewareArgs,
  answer: { m: Messages; text: string },
): Promise<void> {
  const { text, m } = answer;
  const body = args.body as LooseSlackBody;
  const state = ackState(args.context);
  const ack = state && !state.acked ? state.ack : undefined;
  if (body.type === 'view_submission') {
    // Once acknowledged the form is closed, and a submission has no channel: the log is all.
    if (!ack) return;
    const field = body.view?.blocks?.find((block) => block.type === 'input')?.block_id;
    await ack(
      field
        ? { response_action: 'errors', errors: { [field]: text } }
        : { response_action: 'update', view: noticeModal(m, text) },
    );
    return;
  }
  if (body.type === 'block_suggestion') {
    await ack?.({ options: [] });
    return;
  }
  if (body.command !== undefined && ack) {
    await ack({ response_type: 'ephemeral', text });
    return;
  }
  await ack?.();
  if (body.type === 'view_closed' || body.type === 'event_callback') return;
  await tellRequester(args.client, requesterOf(body), text);
}
