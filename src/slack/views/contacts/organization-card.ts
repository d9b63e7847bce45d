import type { KnownBlock } from '@slack/types';
import type { OrganizationCard } from '../../../domain/contacts/get-organization-card';
import type { Messages } from '../../../i18n';
import type { TimeFormatting } from '../format';
import type { SlackMessage } from '../help-view';
import { escapeMrkdwn } from '../mrkdwn';
import { activitySection } from './contact-activity-lines';
import { contactHeading, detailFields, emailLink } from './contact-details';
import { CONTACT_ACTIONS } from './contact-ids';

function personLine(person: OrganizationCard['persons'][number]): string {
  const reach = [
    person.email ? emailLink(person.email) : null,
    person.phone ? escapeMrkdwn(person.phone) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return `• ${escapeMrkdwn(person.name)}${reach ? ` — ${reach}` : ''}`;
}

/** SPEC 2's organization card: details, its persons and the activities linked to it. */
export function organizationCardMessage(
  m: Messages,
  time: TimeFormatting,
  card: OrganizationCard,
  notice?: string,
): SlackMessage {
  const { organization } = card;
  const c = m.contacts.card;
  const fields = detailFields([
    [c.orgNumber, organization.orgNumber],
    [c.email, organization.email ? emailLink(organization.email) : null, true],
    [c.phone, organization.phone],
    [c.externalId, organization.externalId],
  ]);
  const more = card.totalPersons - card.persons.length;
  const persons =
    card.persons.length === 0
      ? `_${c.noPersons}_`
      : [...card.persons.map(personLine), ...(more > 0 ? [c.morePersons(more)] : [])].join('\n');
  const blocks: KnownBlock[] = [];
  if (notice) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: notice } });
  blocks.push(
    {
      type: 'section',
      text: { type: 'mrkdwn', text: contactHeading(organization.name, organization.archived, c.archived) },
      ...(fields.length > 0 ? { fields } : {}),
    },
    { type: 'section', text: { type: 'mrkdwn', text: `*${c.persons}*\n${persons}` } },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: activitySection(m, time, c.linkedActivities, card.activities) },
    },
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: m.contacts.buttons.edit },
          action_id: CONTACT_ACTIONS.editOrganization,
          value: String(organization.id),
        },
      ],
    },
  );
  return { text: escapeMrkdwn(organization.name), blocks };
}
