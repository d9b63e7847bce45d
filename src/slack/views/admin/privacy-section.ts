import type { KnownBlock } from '@slack/types';
import type { Messages } from '../../../i18n';
import { PRIVACY_ACTIONS } from './privacy-ids';

/** The "Data protection" section of the admin modal: what it does, and the button that starts it. */
export function privacySection(m: Messages): KnownBlock[] {
  return [
    { type: 'header', text: { type: 'plain_text', text: m.privacy.heading } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: m.privacy.intro }] },
    {
      type: 'actions',
      block_id: 'admin_privacy_actions',
      elements: [
        {
          type: 'button',
          action_id: PRIVACY_ACTIONS.open,
          text: { type: 'plain_text', text: m.privacy.open },
        },
      ],
    },
  ];
}
