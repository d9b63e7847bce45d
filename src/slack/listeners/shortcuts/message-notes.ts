import { NOTES_MAX } from '../../../domain/activities/activity-input';
import { clip } from '../../views/activities/activity-parts';

/**
 * A message's text as notes: Slack sends it with `&`, `<` and `>` encoded, the
 * notes input is plain text, so they are decoded (`&amp;` last, so `&amp;lt;`
 * stays `&lt;`); then cut to what notes may hold. Wherever notes are shown in
 * mrkdwn later they are escaped again, so a `<!channel>` stays inert.
 */
export function notesFromMessage(text: string | undefined): string {
  const plain = (text ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
  return clip(plain, NOTES_MAX);
}
