import { type WebAPICallResult, WebClient } from '@slack/web-api';

/** The arguments Block Kit travels in, which the Web API client sends as JSON text in its form body. */
const BLOCK_KIT_ARGUMENTS = ['view', 'blocks'] as const;

/**
 * A Web API client that turns a call's `view` and `blocks` into their JSON text before the
 * client sees them. The form body Slack gets is the same byte for byte (the client sends
 * such objects as `JSON.stringify` gives them), but the client's debug lines, built for every
 * call whatever the log level, no longer copy a whole App Home or message key by key to
 * redact it: that copy cost more CPU and garbage than the call's own encoding (issue 12).
 */
export class PreEncodedWebClient extends WebClient {
  override apiCall(method: string, options?: Record<string, unknown>): Promise<WebAPICallResult> {
    // files.uploadV2 reads its arguments itself before anything is sent.
    if (!options || method === 'files.uploadV2') return super.apiCall(method, options);
    return super.apiCall(method, preEncoded(options));
  }
}

function preEncoded(options: Record<string, unknown>): Record<string, unknown> {
  let encoded: Record<string, unknown> | undefined;
  for (const key of BLOCK_KIT_ARGUMENTS) {
    const value = options[key];
    if (value === null || typeof value !== 'object') continue;
    encoded ??= { ...options };
    encoded[key] = JSON.stringify(value);
  }
  return encoded ?? options;
}
