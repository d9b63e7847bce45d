import { type AckFn, App, type Context, type ReceiverEvent } from '@slack/bolt';

/** Whether a request has been acknowledged, and the one ack it gets. */
export interface AckState {
  readonly acked: boolean;
  // biome-ignore lint/suspicious/noExplicitAny: Bolt's ack takes any response body.
  ack: AckFn<any>;
}

const ACK_STATE = 'touchbaseAck';

/** The request's ack state (set by AnswerOnceApp); undefined outside it. */
export function ackState(context: Context): AckState | undefined {
  return context[ACK_STATE] as AckState | undefined;
}

/**
 * Bolt's App with one change: each request's ack() works once and later calls are
 * ignored, and middleware can see whether it happened (`ackState`). So a guard
 * that answers for a listener stuck on the database (see database-outage.ts) and
 * the listener that finally gets there do not both answer Slack.
 */
export class AnswerOnceApp extends App {
  override async processEvent(event: ReceiverEvent): Promise<void> {
    let acked = false;
    const state: AckState = {
      get acked() {
        return acked;
      },
      async ack(response) {
        if (acked) return;
        acked = true;
        await event.ack(response);
      },
    };
    return super.processEvent({
      ...event,
      ack: state.ack,
      customProperties: { ...event.customProperties, [ACK_STATE]: state },
    });
  }
}
