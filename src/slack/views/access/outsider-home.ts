import type { HomeView } from '@slack/types';
import type { Messages } from '../../../i18n';

/** The App Home of someone who may not use Touchbase: what it is for, and nothing else. */
export function outsiderHome(m: Messages, text: string): HomeView {
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: m.access.homeHeading } },
      { type: 'section', text: { type: 'mrkdwn', text } },
    ],
  };
}
