import type { KnownBlock } from '@slack/types';
import { ErrorCode, type WebClient } from '@slack/web-api';
import type { DigestKindName, OutgoingDigest, SentDigest } from '../../domain/digests/digest-ports';
import { defaultSleep } from './send-pace';
import type { WorkspacePaces } from './workspace-paces';

export interface SenderTuning {
  /** Retries after a 5xx or a network error, with doubling backoff, before the digest counts as failed. */
  serverRetries: number;
  backoffMs: number;
  /** 429s one digest may meet; each waits Retry-After and does not use up the retries above. */
  rateLimitRetries: number;
}

type Retry = { reason: 'rate_limited'; waitMs: number } | { reason: 'server_error' } | null;

/** What an error from the Web API client means for another try. */
function retryKind(error: unknown): Retry {
  const e = error as { code?: string; retryAfter?: number; statusCode?: number };
  if (e.code === ErrorCode.RateLimitedError)
    return { reason: 'rate_limited', waitMs: (e.retryAfter ?? 1) * 1000 };
  if (e.code === ErrorCode.HTTPError && (e.statusCode ?? 0) >= 500) return { reason: 'server_error' };
  if (e.code === ErrorCode.RequestError) return { reason: 'server_error' };
  // Slack's own answers (user_not_found, cannot_dm_bot, not_in_channel …) will not change by retrying now.
  return null;
}

/**
 * Posts digests with chat.postMessage (to a user id: the bot's DM with them), each with the
 * token of the workspace it goes to and paced per workspace: Slack's limits are per app and
 * workspace, so a large workspace uses its own budget and never holds up another's posts.
 * The client is built with no retries of its own and rejectRateLimitedCalls, so every
 * retry is decided and counted here: 429 waits Retry-After (and holds the workspace's other
 * senders too), 5xx and network errors back off a bounded number of times.
 *
 * A 5xx or a timeout may come after Slack did post; retrying can then duplicate.
 * Slack offers no idempotency key for chat.postMessage, so this is accepted for
 * server errors only (rare), and never for Slack's ordinary error answers.
 */
/** Fits DigestSender (for the digests' kinds) and ReminderSender. */
export class SlackDigestSender<Kind extends string = DigestKindName> {
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly deps: {
      client: WebClient;
      /** The bot token of a workspace. */
      tokenFor: (slackTeamId: string) => Promise<string>;
      /** Each workspace's pace, shared with the other senders of DMs there. */
      paces: WorkspacePaces;
      tuning: SenderTuning;
      onRetry: (kind: Kind, reason: 'rate_limited' | 'server_error') => void;
      sleep?: (ms: number) => Promise<void>;
    },
  ) {
    this.sleep = deps.sleep ?? defaultSleep;
  }

  /** Reminders (product §5.4) go the same way, paced together with digests: `kind` only labels retries. */
  async send(message: OutgoingDigest, kind: Kind): Promise<SentDigest> {
    let serverErrors = 0;
    let rateLimits = 0;
    const pace = this.deps.paces.of(message.slackTeamId);
    const token = await this.deps.tokenFor(message.slackTeamId);
    for (;;) {
      const answered = await pace.take();
      try {
        const answer = await this.deps.client.chat
          .postMessage({
            token,
            channel: message.channel,
            text: message.text,
            blocks: message.blocks as KnownBlock[],
            unfurl_links: false,
          })
          .finally(answered);
        if (!answer.channel || !answer.ts) throw new Error('chat.postMessage answered without channel or ts');
        return { channelId: answer.channel, messageTs: answer.ts };
      } catch (error) {
        const retry = retryKind(error);
        if (retry?.reason === 'rate_limited' && rateLimits < this.deps.tuning.rateLimitRetries) {
          rateLimits += 1;
          pace.pause(retry.waitMs);
          this.deps.onRetry(kind, 'rate_limited');
          continue;
        }
        if (retry?.reason === 'server_error' && serverErrors < this.deps.tuning.serverRetries) {
          serverErrors += 1;
          this.deps.onRetry(kind, 'server_error');
          await this.sleep(this.deps.tuning.backoffMs * 2 ** (serverErrors - 1));
          continue;
        }
        throw error;
      }
    }
  }
}
