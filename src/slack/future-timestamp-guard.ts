import type { RequestHandler } from 'express';
import type { Logger } from '../observability/logger';

/** Slack's window for a signed request, in either direction. */
const MAX_SKEW_SECONDS = 5 * 60;

/**
 * Bolt refuses signatures older than five minutes but accepts any from the future,
 * so a captured request signed ahead could be replayed for as long as its timestamp
 * allows. This refuses those the way Bolt refuses stale ones (401, nothing read),
 * before Bolt's own check of the signature. Wall-clock time on purpose: it is about
 * transport freshness, like Bolt's check, not a domain rule.
 */
export function futureTimestampGuard(logger: Logger, nowMs: () => number = Date.now): RequestHandler {
  return (req, res, next) => {
    const stamped = Number(req.get('x-slack-request-timestamp'));
    const aheadSeconds = stamped - Math.floor(nowMs() / 1000);
    if (!Number.isFinite(stamped) || aheadSeconds <= MAX_SKEW_SECONDS) {
      next();
      return;
    }
    logger.warn({ aheadSeconds }, 'refused a Slack request signed in the future');
    req.resume();
    res.status(401).send();
  };
}
