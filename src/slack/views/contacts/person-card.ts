import type { Button } from '@slack/types';
import type { PersonCard } from '../../../domain/contacts/get-person-card';
import { escapeMrkdwn } from '../mrkdwn';
import { startPlanButton } from '../plans/start-plan-button';
import { type ContactCardDrawer, cardButton, contactCardMessage } from './card-parts';
import { detailFields, emailLink } from './contact-details';
import { CONTACT_ACTIONS } from './contact-ids';

/**
 * product §2's person card: details, organization, an overview of the activities the
 * viewer may see (counts, next planned, last completed), the latest of them, and
 * Log activity / All activities / the organization's card / Edit — and *Restore*
 * for an admin looking at an archived person. `notice` (ours, mrkdwn) goes on top.
 */
export const personCardMessage: ContactCardDrawer<PersonCard> = (m, viewer, { card, notice }) => {
  const { person } = card;
  const c = m.contacts.card;
  const organization = person.organization
    ? `${escapeMrkdwn(person.organization.name)}${person.organization.orgNumber ? ` (${escapeMrkdwn(person.organization.orgNumber)})` : ''}`
    : null;
  const details = detailFields([
    [c.email, person.email ? emailLink(person.email) : null, true],
    [c.phone, person.phone],
    [c.organization, organization, true],
    [c.externalId, person.externalId],
  ]);
  const b = m.contacts.buttons;
  const buttons: Button[] = [];
  // Activities are logged for active persons only.
  if (!person.archived)
    buttons.push(
      cardButton({
        text: b.logActivity,
        actionId: CONTACT_ACTIONS.logActivityForPerson,
        value: person.id,
        style: 'primary',
      }),
    );
  // product §3.7: a plan is started for active persons only, like an activity.
  if (!person.archived) buttons.push(startPlanButton(m, person.id));
  buttons.push(
    cardButton({
      text: b.allActivities,
      actionId: CONTACT_ACTIONS.listActivitiesForPerson,
      value: person.id,
    }),
  );
  if (person.organization) {
    buttons.push(
      cardButton({
        text: `:office: ${person.organization.name}`,
        actionId: CONTACT_ACTIONS.showOrganization,
        value: person.organization.id,
      }),
    );
  }
  buttons.push(cardButton({ text: b.edit, actionId: CONTACT_ACTIONS.editPerson, value: person.id }));
  const restoreActionId = CONTACT_ACTIONS.restorePerson;
  return contactCardMessage(m, viewer, { contact: person, card, details, buttons, restoreActionId, notice });
};
