/**
 * The fields Touchbase reads from any Slack request body (command, action, shortcut,
 * view, event), all optional: one loose view of a body, for code that answers a request
 * on its own surface whatever kind it is.
 */
export interface LooseSlackBody {
  type?: string;
  command?: string;
  trigger_id?: string;
  response_url?: string;
  user_id?: string;
  channel_id?: string;
  user?: { id?: string };
  channel?: { id?: string };
  container?: { type?: string; channel_id?: string };
  view?: { type?: string; blocks?: { type?: string; block_id?: string }[] };
  event?: { type?: string; tab?: string; user?: string };
}
