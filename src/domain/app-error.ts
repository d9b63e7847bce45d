import type { Messages } from '../i18n';

/**
 * An error a user should read. `userMessage` picks the text in the user's language;
 * transports (Slack, REST) map it at the edge.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly userMessage: (m: Messages) => string,
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
  }
}
