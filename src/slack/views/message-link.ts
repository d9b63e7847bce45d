/** A Slack message an activity is logged from, as the *Log as activity* shortcut names it. */
export interface MessageReference {
  channel: string;
  ts: string;
}

/**
 * Slack's own message links only: `https://<workspace>.slack.com/…` (Enterprise
 * Grid: `https://<org>.enterprise.slack.com/…`). Anything else is never stored
 * nor shown as the "Original message" link.
 */
export function isSlackPermalink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    /^([a-z0-9-]+\.)+slack\.com$/.test(parsed.hostname) &&
    url.length <= 1000
  );
}
