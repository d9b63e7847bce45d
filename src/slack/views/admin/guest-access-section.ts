import type { KnownBlock } from '@slack/types';
import type { GuestPolicy } from '../../../domain/access/standing';
import type { Messages } from '../../../i18n';

/** The button that turns the guest setting on or off; its value is what pressing it asks for. */
export const GUEST_ACCESS_ACTION = 'admin_guest_access';
export type GuestAccessChoice = 'admit' | 'refuse';

/** The "Guests" section of the admin modal: who can never use Touchbase, and the one setting. */
export function guestAccessSection(m: Messages, policy: GuestPolicy): KnownBlock[] {
  const t = m.access.admin;
  const admitted = policy.admitMultiChannelGuests;
  const choice: GuestAccessChoice = admitted ? 'refuse' : 'admit';
  return [
    { type: 'header', text: { type: 'plain_text', text: t.heading } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: t.intro }] },
    {
      type: 'section',
      block_id: 'admin_guest_access',
      text: { type: 'mrkdwn', text: admitted ? t.admitted : t.refused },
      accessory: {
        type: 'button',
        action_id: GUEST_ACCESS_ACTION,
        value: choice,
        text: { type: 'plain_text', text: admitted ? t.refuse : t.admit },
        ...(admitted
          ? {}
          : {
              confirm: {
                title: { type: 'plain_text', text: t.admitConfirmTitle },
                text: { type: 'mrkdwn', text: t.admitConfirmText },
                confirm: { type: 'plain_text', text: t.admitConfirmButton },
                deny: { type: 'plain_text', text: m.admin.cancel },
              },
            }),
      },
    },
  ];
}

export function parseGuestAccessChoice(value: string | undefined): GuestAccessChoice | undefined {
  return value === 'admit' || value === 'refuse' ? value : undefined;
}
