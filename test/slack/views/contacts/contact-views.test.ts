import type { OrganizationHit, PersonHit } from '../../../../src/db/repositories/contact-search-repository';
import type { PersonWithOrganization } from '../../../../src/db/repositories/person-repository';
import type { ContactActivityLine } from '../../../../src/domain/contacts/contact-activities';
import type { Organization } from '../../../../src/generated/prisma/client';
import { en } from '../../../../src/i18n/en';
import { sv } from '../../../../src/i18n/sv';
import { activityLine } from '../../../../src/slack/views/contacts/contact-activity-lines';
import { emailLink } from '../../../../src/slack/views/contacts/contact-details';
import { organizationOption, personOption } from '../../../../src/slack/views/contacts/contact-options';
import {
  editOrganizationModal,
  editPersonModal,
} from '../../../../src/slack/views/contacts/edit-contact-modals';
import { newContactModal } from '../../../../src/slack/views/contacts/new-contact-modal';
import { organizationCardMessage } from '../../../../src/slack/views/contacts/organization-card';
import { personCardMessage } from '../../../../src/slack/views/contacts/person-card';
import { noMatchMessage, searchResultsMessage } from '../../../../src/slack/views/contacts/search-results';
import { validateMessageBlocks, validateView } from '../../../support/slack-double';

const time = { locale: 'en' as const, timezone: 'Europe/Stockholm' };
const long = (text: string) => `${text} ${'långt namn '.repeat(20)}`.trim();
const stamp = new Date('2026-11-30T08:00:00Z');

const organization: Organization = {
  id: 7,
  workspaceId: 1,
  name: long('Organisation <!channel>'),
  orgNumber: '556036-0793',
  email: 'info@example.se',
  phone: '08-12 34 56',
  externalId: 'ORG-7',
  archived: false,
  searchText: '',
  createdAt: stamp,
  updatedAt: stamp,
};

const person: PersonWithOrganization = {
  id: 3,
  workspaceId: 1,
  name: long('Person <@U123>'),
  email: 'p&q@example.se',
  phone: '070-123 45 67',
  organizationId: organization.id,
  externalId: 'CRM-3',
  archived: false,
  searchText: '',
  createdAt: stamp,
  updatedAt: stamp,
  changeId: 0n,
  organization,
};

const activities: ContactActivityLine[] = Array.from({ length: 5 }, (_, i) => ({
  id: 100 + i,
  typeName: 'Meeting',
  subject: `${'S'.repeat(140)} <!here> ${i}`,
  status: 'NOT_STARTED',
  dueAt: new Date('2026-12-01T09:30:00Z'),
  responsibleSlackUserId: 'UBOB',
}));

describe('contact views', () => {
  it('builds cards Slack accepts, even with the longest texts, all user text escaped', () => {
    const personCard = personCardMessage(en, time, { person, activities }, 'Saved.');
    const organizationCard = organizationCardMessage(en, time, {
      organization,
      persons: Array.from({ length: 10 }, (_, i) => ({
        id: i,
        name: long(`P${i}`),
        email: null,
        phone: '070 1',
      })),
      totalPersons: 25,
      activities,
    });
    for (const card of [personCard, organizationCard]) {
      expect(validateMessageBlocks(card.blocks)).toMatchObject({ ok: true });
      expect(JSON.stringify(card)).not.toMatch(/<!channel>|<@U123>|<!here>/);
    }
    expect(personCard.text).toContain('Person &lt;@U123&gt;');
    expect(JSON.stringify(organizationCard.blocks)).toContain('…and 15 more');
  });

  it('leaves Log activity off an archived person’s card', () => {
    const card = JSON.stringify(
      personCardMessage(en, time, { person: { ...person, archived: true }, activities: [] }),
    );
    expect(card).not.toContain('activity_log_for_person');
    expect(card).toContain('activity_list_for_person');
    expect(card).toContain('_(archived)_');
    expect(card).toContain('No activities to show yet.');
  });

  it('writes an activity line in the viewer’s language and time zone', () => {
    const line = { ...activities[0]!, subject: 'Offert', status: 'DONE' as const };
    expect(activityLine(en, time, line)).toBe(
      '#100 · Meeting · Offert — Done · due 1 Dec 2026 10:30 · <@UBOB>',
    );
    expect(activityLine(sv, { locale: 'sv', timezone: 'UTC' }, line)).toBe(
      '#100 · Meeting · Offert — Klar · förfaller 1 dec. 2026 09:30 · <@UBOB>',
    );
  });

  it('links e-mail addresses, unless the address could break the link', () => {
    expect(emailLink('a&b@example.se')).toBe('<mailto:a&amp;b@example.se|a&amp;b@example.se>');
    expect(emailLink('a|<x>@example.se')).toBe('a|&lt;x&gt;@example.se');
  });

  it('lists at most 5 persons and 3 organizations with unique action ids', () => {
    const persons: PersonHit[] = Array.from({ length: 5 }, (_, i) => ({
      id: i + 1,
      name: long(`Person ${i}`),
      email: `p${i}@example.se`,
      phone: null,
      externalId: null,
      organizationId: null,
      organizationName: long('Org'),
    }));
    const organizations: OrganizationHit[] = Array.from({ length: 3 }, (_, i) => ({
      id: i + 1,
      name: long(`Org ${i}`),
      orgNumber: '556036-0793',
      email: null,
      phone: null,
      externalId: null,
    }));
    const message = searchResultsMessage(sv, 'sök <!channel>', { persons, organizations });
    expect(validateMessageBlocks(message.blocks)).toMatchObject({ ok: true });
    expect(message.text).toBe('Kontakter som matchar ”sök &lt;!channel&gt;”');
    expect(validateMessageBlocks(noMatchMessage(en, 'x'.repeat(5000)).blocks)).toMatchObject({ ok: true });
    expect(
      validateMessageBlocks(searchResultsMessage(en, '<'.repeat(5000), { persons, organizations }).blocks),
    ).toMatchObject({ ok: true });
  });

  it('builds modals Slack accepts, in both languages', () => {
    for (const m of [en, sv]) {
      for (const kind of ['person', 'organization'] as const)
        expect(validateView(newContactModal(m, { kind, channel: 'C1', name: 'Ny' }), 'modal')).toMatchObject({
          ok: true,
        });
      const origin = { channel: 'C1', responseUrl: `https://hooks.slack.com/actions/T1/${'9'.repeat(40)}` };
      expect(validateView(editPersonModal(m, person, origin), 'modal')).toMatchObject({ ok: true });
      expect(validateView(editOrganizationModal(m, organization, origin), 'modal')).toMatchObject({
        ok: true,
      });
    }
  });

  it('fits picker options to 75 characters, keeping the organization number whole', () => {
    const option = organizationOption(organization);
    expect(Array.from(option.text.text)).toHaveLength(75);
    expect(option.text.text.endsWith('… (556036-0793)')).toBe(true);
    expect(personOption({ id: 3, name: 'Kim', organizationName: null })).toEqual({
      text: { type: 'plain_text', text: 'Kim' },
      value: '3',
    });
  });
});
