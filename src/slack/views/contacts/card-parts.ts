import type { Button, KnownBlock, MrkdwnElement } from '@slack/types';
import type {
  ContactActivityLine,
  ContactActivitySummary,
} from '../../../domain/contacts/contact-activities';
import type { Viewer } from '../../../domain/viewer';
import type { Messages } from '../../../i18n';
import type { TimeFormatting } from '../format';
import type { SlackMessage } from '../help-view';
import { escapeMrkdwn } from '../mrkdwn';
import { activitySection, summarySection } from './contact-activity-lines';
import { contactHeading } from './contact-details';

/** Who looks at a card: dates in their language and time zone; admins get *Restore* on archived ones. */
export type CardViewer = TimeFormatting & Pick<Viewer, 'isAdmin'>;

/** How each kind's card (person, organization) is drawn: for a viewer, from its data, with an optional notice (ours, mrkdwn) on top. */
export type ContactCardDrawer<Card> = (
  m: Messages,
  viewer: CardViewer,
  drawing: { card: Card; notice?: string },
) => SlackMessage;

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

/** What a person's or an organization's card shows besides what every contact card has. */
export interface ContactCardParts {
  contact: { id: number; name: string; archived: boolean };
  /** The overview and the latest activities the viewer may see. */
  card: { summary: ContactActivitySummary; activities: ContactActivityLine[] };
  /** The filled-in details beside the name (see detailFields). */
  details: MrkdwnElement[];
  /** Blocks between the overview and the latest activities: an organization's persons. */
  between?: KnownBlock[];
  /** The kind's own buttons; *Restore* (`restoreActionId`) follows them for an admin on an archived contact. */
  buttons: Button[];
  restoreActionId: string;
  /** Ours (mrkdwn), on top: what a button just did. */
  notice?: string;
}

/**
 * The frame of every contact card (product §2): a notice, the name with its details,
 * the overview, the latest activities, and a row of buttons. The message text is the name.
 */
export function contactCardMessage(m: Messages, viewer: CardViewer, parts: ContactCardParts): SlackMessage {
  const { contact, card } = parts;
  const c = m.contacts.card;
  const blocks: KnownBlock[] = [];
  if (parts.notice) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: parts.notice } });
  blocks.push(
    {
      type: 'section',
      text: { type: 'mrkdwn', text: contactHeading(contact.name, contact.archived, c.archived) },
      ...(parts.details.length > 0 ? { fields: parts.details } : {}),
    },
    { type: 'section', text: { type: 'mrkdwn', text: summarySection(m, viewer, card.summary) } },
    ...(parts.between ?? []),
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: activitySection(m, viewer, { heading: c.latestActivities, activities: card.activities }),
      },
    },
  );
  const buttons = [...parts.buttons];
  if (contact.archived && viewer.isAdmin)
    buttons.push(
      cardButton({
        text: m.contacts.buttons.restore,
        actionId: parts.restoreActionId,
        value: contact.id,
        style: 'primary',
      }),
    );
  blocks.push({ type: 'actions', elements: buttons });
  return { text: escapeMrkdwn(contact.name), blocks };
}
