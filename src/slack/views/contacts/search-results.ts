import type { Button, KnownBlock } from '@slack/types';
import type { OrganizationHit, PersonHit } from '../../../domain/contacts/contact-ports';
import { type ContactMatches, MAX_QUERY_LENGTH } from '../../../domain/contacts/search-contacts';
import type { Messages } from '../../../i18n';
import type { SlackMessage } from '../help-view';
import { escapeMrkdwn } from '../mrkdwn';
import { contactHeading, emailLink } from './contact-details';
import { CONTACT_ACTIONS, rowActionId } from './contact-ids';

/** The searched text as shown back: escaped, and cut like the search cuts it. */
function quoted(query: string): string {
  return escapeMrkdwn(query.slice(0, MAX_QUERY_LENGTH));
}

function rowButton(text: string, action: string, id: number): Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text },
    action_id: rowActionId(action, id),
    value: String(id),
  };
}

function reach(hit: { email: string | null; phone: string | null }): string {
  return [hit.email ? emailLink(hit.email) : null, hit.phone ? escapeMrkdwn(hit.phone) : null]
    .filter(Boolean)
    .join(' · ');
}

function personRow(m: Messages, hit: PersonHit): KnownBlock[] {
  const organization = hit.organizationName ? ` — ${escapeMrkdwn(hit.organizationName)}` : '';
  const details = reach(hit);
  const b = m.contacts.buttons;
  return [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `${contactHeading(hit.name, hit.archived, m.contacts.card.archived)}${organization}${details ? `\n${details}` : ''}`,
      },
    },
    {
      type: 'actions',
      elements: [
        // Activities are logged for active persons only.
        ...(hit.archived ? [] : [rowButton(b.logActivity, CONTACT_ACTIONS.logActivityForPerson, hit.id)]),
        rowButton(b.allActivities, CONTACT_ACTIONS.listActivitiesForPerson, hit.id),
        rowButton(b.edit, CONTACT_ACTIONS.editPerson, hit.id),
        rowButton(b.show, CONTACT_ACTIONS.showPerson, hit.id),
      ],
    },
  ];
}

function organizationRow(m: Messages, hit: OrganizationHit): KnownBlock[] {
  const number = hit.orgNumber ? ` (${escapeMrkdwn(hit.orgNumber)})` : '';
  const details = reach(hit);
  const archived = hit.archived ? ` _(${m.contacts.card.archived})_` : '';
  return [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `*${escapeMrkdwn(hit.name)}*${number}${archived}${details ? `\n${details}` : ''}`,
      },
    },
    {
      type: 'actions',
      elements: [
        rowButton(m.contacts.buttons.show, CONTACT_ACTIONS.showOrganization, hit.id),
        rowButton(m.contacts.buttons.edit, CONTACT_ACTIONS.editOrganization, hit.id),
      ],
    },
  ];
}

/**
 * Several matches for `/contact <text>`: persons with Log activity, All activities,
 * Edit and Show (the full card). Archived ones (an admin's search) are marked so.
 */
export function searchResultsMessage(m: Messages, query: string, matches: ContactMatches): SlackMessage {
  const heading = m.contacts.search.heading(quoted(query));
  const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: heading } }];
  if (matches.persons.length > 0) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `*${m.contacts.search.persons}*` }] });
    for (const hit of matches.persons) blocks.push(...personRow(m, hit));
  }
  if (matches.organizations.length > 0) {
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `*${m.contacts.search.organizations}*` }],
    });
    for (const hit of matches.organizations) blocks.push(...organizationRow(m, hit));
  }
  return { text: heading, blocks };
}

/** Nothing found: say so, and offer to create the contact. */
export function noMatchMessage(m: Messages, query: string): SlackMessage {
  const text = m.contacts.search.noMatch(quoted(query));
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            text: { type: 'plain_text', text: m.contacts.buttons.createContact },
            action_id: CONTACT_ACTIONS.openNew,
            // The text becomes the name in the new contact's form.
            value: query.slice(0, MAX_QUERY_LENGTH),
            style: 'primary',
          },
        ],
      },
    ],
  };
}
