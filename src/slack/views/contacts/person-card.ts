import type { Button, KnownBlock } from '@slack/types';
import type { PersonCard } from '../../../domain/contacts/get-person-card';
import type { Messages } from '../../../i18n';
import type { TimeFormatting } from '../format';
import type { SlackMessage } from '../help-view';
import { escapeMrkdwn } from '../mrkdwn';
import { activitySection } from './contact-activity-lines';
import { contactHeading, detailFields, emailLink } from './contact-details';
import { CONTACT_ACTIONS } from './contact-ids';

function button(text: string, actionId: string, value: number, style?: 'primary'): Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text },
    action_id: actionId,
    value: String(value),
    ...(style ? { style } : {}),
  };
}

/**
 * SPEC 2's person card: details, organization, the latest activities the viewer
 * may see, and Log activity / All activities / Edit. `notice` (ours, mrkdwn) goes on top.
 */
export function personCardMessage(
  m: Messages,
  time: TimeFormatting,
  card: PersonCard,
  notice?: string,
): SlackMessage {
  const { person } = card;
  const c = m.contacts.card;
  const organization = person.organization
    ? `${escapeMrkdwn(person.organization.name)}${person.organization.orgNumber ? ` (${escapeMrkdwn(person.organization.orgNumber)})` : ''}`
    : null;
  const fields = detailFields([
    [c.email, person.email ? emailLink(person.email) : null, true],
    [c.phone, person.phone],
    [c.organization, organization, true],
    [c.externalId, person.externalId],
  ]);
  const blocks: KnownBlock[] = [];
  if (notice) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: notice } });
  blocks.push({
    type: 'section',
    text: { type: 'mrkdwn', text: contactHeading(person.name, person.archived, c.archived) },
    ...(fields.length > 0 ? { fields } : {}),
  });
  blocks.push({
    type: 'section',
    text: { type: 'mrkdwn', text: activitySection(m, time, c.latestActivities, card.activities) },
  });
  const b = m.contacts.buttons;
  blocks.push({
    type: 'actions',
    elements: [
      // Activities are logged for active persons only.
      ...(person.archived
        ? []
        : [button(b.logActivity, CONTACT_ACTIONS.logActivityForPerson, person.id, 'primary')]),
      button(b.allActivities, CONTACT_ACTIONS.listActivitiesForPerson, person.id),
      button(b.edit, CONTACT_ACTIONS.editPerson, person.id),
    ],
  });
  return { text: escapeMrkdwn(person.name), blocks };
}
