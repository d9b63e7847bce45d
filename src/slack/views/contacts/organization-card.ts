import type { Button, KnownBlock } from '@slack/types';
import {
  ORGANIZATION_CARD_PERSONS,
  type OrganizationCard,
} from '../../../domain/contacts/get-organization-card';
import type { Messages } from '../../../i18n';
import { escapeMrkdwn } from '../mrkdwn';
import { type ContactCardDrawer, cardButton, contactCardMessage } from './card-parts';
import { detailFields, emailLink } from './contact-details';
import { CONTACT_ACTIONS, rowActionId } from './contact-ids';

function personLine(person: OrganizationCard['persons'][number]): string {
  const reach = [
    person.email ? emailLink(person.email) : null,
    person.phone ? escapeMrkdwn(person.phone) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return `${escapeMrkdwn(person.name)}${reach ? ` — ${reach}` : ''}`;
}

/** The persons of this page, each with *Show* (the person's card), and the buttons to the other pages. */
function personBlocks(m: Messages, card: OrganizationCard): KnownBlock[] {
  const c = m.contacts.card;
  if (card.persons.length === 0)
    return [{ type: 'section', text: { type: 'mrkdwn', text: `*${c.persons}*\n_${c.noPersons}_` } }];
  const first = (card.personsPage - 1) * ORGANIZATION_CARD_PERSONS + 1;
  const heading =
    card.totalPersons > ORGANIZATION_CARD_PERSONS
      ? c.personsRange(first, first + card.persons.length - 1, card.totalPersons)
      : `${c.persons} (${card.totalPersons})`;
  const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: `*${heading}*` } }];
  for (const person of card.persons) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: personLine(person) },
      accessory: cardButton({
        text: m.contacts.buttons.show,
        actionId: rowActionId(CONTACT_ACTIONS.showPerson, person.id),
        value: person.id,
      }),
    });
  }
  const pages: Button[] = [];
  const page = (to: number, text: string) =>
    cardButton({
      text,
      actionId: rowActionId(CONTACT_ACTIONS.organizationPersons, to),
      value: card.organization.id,
    });
  if (card.personsPage > 1) pages.push(page(card.personsPage - 1, m.contacts.buttons.previousPersons));
  if (first + card.persons.length - 1 < card.totalPersons)
    pages.push(page(card.personsPage + 1, m.contacts.buttons.nextPersons));
  if (pages.length > 0) blocks.push({ type: 'actions', elements: pages });
  return blocks;
}

/**
 * product §2's organization card: details; an overview of the activities linked to it
 * that the viewer may see (counts, next planned, last completed); its persons a
 * page at a time, each openable; the latest activities; and All activities, Edit
 * — and *Restore* for an admin looking at an archived organization.
 */
export const organizationCardMessage: ContactCardDrawer<OrganizationCard> = (m, viewer, { card, notice }) => {
  const { organization } = card;
  const c = m.contacts.card;
  const b = m.contacts.buttons;
  const details = detailFields([
    [c.orgNumber, organization.orgNumber],
    [c.email, organization.email ? emailLink(organization.email) : null, true],
    [c.phone, organization.phone],
    [c.externalId, organization.externalId],
  ]);
  const buttons = [
    cardButton({
      text: b.allActivities,
      actionId: CONTACT_ACTIONS.listActivitiesForOrganization,
      value: organization.id,
    }),
    cardButton({ text: b.edit, actionId: CONTACT_ACTIONS.editOrganization, value: organization.id }),
  ];
  return contactCardMessage(m, viewer, {
    contact: organization,
    card,
    details,
    between: personBlocks(m, card),
    buttons,
    restoreActionId: CONTACT_ACTIONS.restoreOrganization,
    notice,
  });
};
