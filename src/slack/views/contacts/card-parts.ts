import type { Button } from '@slack/types';
import type { Viewer } from '../../../domain/viewer';
import type { TimeFormatting } from '../format';

/** Who looks at a card: dates in their language and time zone; admins get *Restore* on archived ones. */
export type CardViewer = TimeFormatting & Pick<Viewer, 'isAdmin'>;

/** Slack's limit for button texts. */
const BUTTON_TEXT_MAX = 75;

export function cardButton({
  text,
  actionId,
  value,
  style,
}: {
  text: string;
  actionId: string;
  value: number;
  style?: 'primary' | 'danger';
}): Button {
  const characters = [...text];
  const fitted =
    characters.length > BUTTON_TEXT_MAX ? `${characters.slice(0, BUTTON_TEXT_MAX - 1).join('')}…` : text;
  return {
    type: 'button',
    text: { type: 'plain_text', text: fitted, emoji: true },
    action_id: actionId,
    value: String(value),
    ...(style ? { style } : {}),
  };
}
