/**
 * Slack test double for Touchbase.
 *
 *   const double = await SlackDouble.start();            // Web API + response URLs + uploads + Socket Mode
 *   new App({ ..., clientOptions: { slackApiUrl: double.apiUrl, retryConfig: { retries: 0 } } });
 *   const slack = new SlackUserAgent({ double, signingSecret, transport: { kind: 'http', url } });
 *   await slack.slashCommand({ command: '/touch', userId: 'U1' });
 *   await double.waitForCall('views.open');
 *
 * Stop the app before the double: a Socket Mode client whose server vanished keeps reconnecting.
 */
export type { ActionContainer, BlockActionsInput } from './agent/block-actions';
export type { AgentResponse } from './agent/http-post';
export { type SignatureHeaders, signRequest } from './agent/signing';
export type { AgentResult, TransportConfig } from './agent/transport';
export { SlackUserAgent, type SlackUserAgentOptions, type SlashCommandInput } from './agent/user-agent';
export type { ViewSubmissionInput } from './agent/views';
export {
  type BlockKitResult,
  validateMessageBlocks,
  validateOptionsAnswer,
  validateView,
} from './block-kit/validate';
export { SlackDouble } from './double';
export type { AnyJson, JsonObject } from './json';
export type { Organization } from './organization';
export { type RecordingLogger, recordingLogger } from './quiet-logger';
export type { CallListener } from './recorder';
export type { EnvelopeOptions } from './socket-mode';
export { TRIGGER_TTL_MS } from './triggers';
export type * from './types';
export { BlockKitRefusal } from './view-acks';
export { fillViewState, initialViewState } from './view-state/view-state';
