import type { Context } from '@slack/bolt';
import { AppError } from '../../../domain/app-error';
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import { type TouchbaseContext, touchbase } from '../../request-context';
import type { SlackMessage } from '../../views/help-view';

/**
 * The request's context with an acting employee: every contact surface shows
 * activities, and which ones depends on who asks (product §3.4).
 */
export function actingViewer(context: Context): TouchbaseContext & { viewer: Viewer } {
  const request = touchbase(context);
  if (!request.viewer) throw new AppError('unknown_user', (m) => m.contacts.errors.unknownUser);
  return { ...request, viewer: request.viewer };
}

/** The text a user should read for an error, or undefined when it is ours to log. */
export function userMessage(error: unknown, m: Messages): string | undefined {
  return error instanceof AppError ? error.userMessage(m) : undefined;
}

/** A one-line answer (our own text, already safe as mrkdwn). */
export function plainMessage(text: string): SlackMessage {
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}
