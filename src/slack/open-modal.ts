import type { Context } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import { ErrorCode, type WebClient } from '@slack/web-api';
import type { Messages } from '../i18n';
import { touchbase } from './request-context';
import { type Requester, requesterOf, tellRequester } from './tell-requester';

/** What opening a modal needs: the single-use trigger, and whom to tell when Slack will not open it. */
export interface ModalTrigger {
  client: WebClient;
  triggerId: string;
  requester: Requester;
  m: Messages;
}

/** The trigger of a command, action or shortcut (its args as Bolt passes them). */
export function modalTrigger(args: { client: WebClient; body: unknown; context: Context }): ModalTrigger {
  return {
    client: args.client,
    triggerId: (args.body as { trigger_id: string }).trigger_id,
    requester: requesterOf(args.body),
    m: touchbase(args.context).m,
  };
}

export type ModalFailure = keyof Messages['faults']['modal'];

/** Slack did not open a modal for a reason of its own; the user has been told what to do. */
export class ModalNotOpened extends Error {
  constructor(
    readonly failure: ModalFailure,
    override readonly cause: unknown,
  ) {
    super(`Slack did not open the modal (${failure}): ${(cause as Error)?.message ?? cause}`);
  }
}

interface SlackErrorLike {
  code?: string;
  statusCode?: number;
  message?: string;
  data?: { error?: string };
  original?: { message?: string };
}

const SLACK_SIDE_ERRORS = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

/** Which of Slack's failures this is, or null for one that is ours (a view Slack refuses: a bug). */
export function modalFailure(error: unknown): ModalFailure | null {
  const e = (error ?? {}) as SlackErrorLike;
  if (e.code === ErrorCode.PlatformError) {
    const reason = e.data?.error ?? '';
    if (reason === 'expired_trigger_id' || reason === 'exchanged_trigger_id') return 'expired';
    if (reason === 'ratelimited') return 'rateLimited';
    return SLACK_SIDE_ERRORS.has(reason) ? 'slackError' : null;
  }
  if (e.code === ErrorCode.RateLimitedError) return 'rateLimited';
  if (e.code === ErrorCode.HTTPError) return e.statusCode === 429 ? 'rateLimited' : 'slackError';
  // With its retries spent, the client reports a 429 it waited out as a request error.
  if (/rate limit/i.test(`${e.message ?? ''} ${e.original?.message ?? ''}`)) return 'rateLimited';
  if (e.code === ErrorCode.RequestError) return 'slackError';
  return null;
}

/**
 * Opens (or pushes) a modal. When Slack does not — its own error, rate limit, or a
 * trigger that expired while it was slow — the user is told ephemerally, in their
 * language, what happened and what to try, and ModalNotOpened is thrown so the
 * request still counts (and is logged) as failed. Every modal the app opens goes
 * through here.
 */
export async function openModal(
  trigger: ModalTrigger,
  view: ModalView,
  how: 'open' | 'push' = 'open',
): Promise<void> {
  try {
    await trigger.client.views[how]({ trigger_id: trigger.triggerId, view });
  } catch (error) {
    const failure = modalFailure(error);
    if (failure === null) throw error;
    await tellRequester(trigger.client, trigger.requester, trigger.m.faults.modal[failure]).catch(
      () => undefined,
    );
    throw new ModalNotOpened(failure, error);
  }
}
