import type { Organization, PersonWithOrganization } from '../../../../src/domain/contacts/contact';
import type {
  ContactActivityLine,
  ContactActivitySummary,
} from '../../../../src/domain/contacts/contact-activities';
import type { OrganizationHit, PersonHit } from '../../../../src/domain/contacts/contact-ports';
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

const time = { locale: 'en' as const, timezone: 'Europe/Stockholm', isAdmin: false };
const adminTime = { ...time, isAdmin: true };
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
  createdAt: stamp,
  updatedAt: stamp,
  organization,
};

const activities: ContactActivityLine[] = Array.from({ length: 5 }, (_, i) => ({
  id: 100 + i,
  typeName: 'Meeting',
  subject: `${'S'.repeat(140)} <!here> ${i}`,
  status: 'NOT_STARTED',
  dueAt: new Date('2026-12-01T09:30:00Z'),
  completedAt: null,
  responsibleSlackUserId: 'UBOB',
}));

const summary: ContactActivitySummary = {
  open: 4,
  overdue: 1,
  done: 12,
  nextPlanned: activities[0]!,
  lastCompleted: {
    ...activities[1]!,
    status: 'DONE',
    completedAt: new Date('2026-11-28T15:05:00Z'),
  },
};

const members = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: 200 + i,
    name: long(`P${i} <!here>`),
    email: 'x&y@example.se',
    phone: '070 1',
  }));

/** Every mrkdwn text object in the blocks. */
function mrkdwnOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(mrkdwnOf);
  if (typeof value !== 'object' || value === null) return [];
  const object = value as Record<string, unknown>;
  const own = object.type === 'mrkdwn' && typeof object.text === 'string' ? [object.text] : [];
  return [...own, ...Object.values(object).flatMap(mrkdwnOf)];
}

describe('contact views', () => {
  it('builds cards Slack accepts, even with the longest texts, all user text escaped', () => {
    const personCard = personCardMessage(en, time, {
      card: { person, summary, activities },
      notice: 'Saved.',
    });
    const organizationCard = organizationCardMessage(
      sv,
      { ...adminTime, locale: 'sv' },
      {
        card: {
          organization: { ...organization, archived: true },
          persons: members(10),
          totalPersons: 25,
          personsPage: 2,
          summary,
          activities,
        },
        notice: 'Sparat.',
      },
    );
    for (const card of [personCard, organizationCard]) {
      expect(validateMessageBlocks(card.blocks)).toMatchObject({ ok: true });
      expect(card.blocks!.length).toBeLessThanOrEqual(50);
      // Plain text (button labels) is never read for mentions; mrkdwn and the fallback text are.
      expect(JSON.stringify([card.text, mrkdwnOf(card.blocks)])).not.toMatch(/<!channel>|<@U123>|<!here>/);
    }
    expect(personCard.text).toContain('Person &lt;@U123&gt;');
    const shown = JSON.stringify(organizationCard.blocks);
    expect(shown).toContain('*Personer 11–20 av 25*');
    expect(shown).toContain('"action_id":"contact_show_person:209"');
    expect(shown).toContain('"action_id":"contact_organization_persons:1"');
    expect(shown).toContain('"action_id":"contact_organization_persons:3"');
    expect(shown).toContain('*Ej klara* 4 · *Försenade* 1 · *Klara* 12');
    expect(shown).toContain('*Senast klar:* #101 · Meeting');
    expect(shown).toContain('— Klar 28 nov. 2026 16:05 · <@UBOB>');
    expect(shown).toContain('"action_id":"contact_restore_organization"');
  });

  it('pages an organization’s persons: no Previous on the first page, no More on the last', () => {
    const card = (persons: number, total: number, page: number) =>
      JSON.stringify(
        organizationCardMessage(en, time, {
          card: {
            organization,
            persons: members(persons),
            totalPersons: total,
            personsPage: page,
            summary,
            activities: [],
          },
        }).blocks,
      );
    const first = card(10, 25, 1);
    expect(first).toContain('*Persons 1–10 of 25*');
    expect(first).toContain('More persons →');
    expect(first).not.toContain('← Previous');
    const last = card(5, 25, 3);
    expect(last).toContain('*Persons 21–25 of 25*');
    expect(last).toContain('"action_id":"contact_organization_persons:2"');
    expect(last).not.toContain('More persons');
    const alone = card(0, 0, 1);
    expect(alone).toContain('No persons belong to this organization yet.');
    expect(alone).not.toContain('contact_organization_persons');
  });

  it('links a person to their organization and offers Restore only to an admin on an archived card', () => {
    const active = JSON.stringify(
      personCardMessage(en, adminTime, { card: { person, summary, activities } }),
    );
    expect(active).toContain(`"action_id":"contact_show_organization","value":"${organization.id}"`);
    expect(active).not.toContain('contact_restore_person');
    const archived = { person: { ...person, archived: true }, summary, activities };
    expect(JSON.stringify(personCardMessage(en, adminTime, { card: archived }))).toContain(
      '"action_id":"contact_restore_person"',
    );
    expect(JSON.stringify(personCardMessage(en, time, { card: archived }))).not.toContain('contact_restore');
    const archivedOrganization = {
      organization: { ...organization, archived: true },
      persons: [],
      totalPersons: 0,
      personsPage: 1,
      summary,
      activities: [],
    };
    expect(JSON.stringify(organizationCardMessage(en, time, { card: archivedOrganization }))).not.toContain(
      'contact_restore',
    );
  });

  it('says when nothing is planned or completed yet', () => {
    const empty = { open: 0, overdue: 0, done: 0, nextPlanned: null, lastCompleted: null };
    const card = JSON.stringify(
      personCardMessage(sv, time, { card: { person, summary: empty, activities: [] } }),
    );
    expect(card).toContain('*Nästa planerade:* _inget planerat_');
    expect(card).toContain('*Senast klar:* _inget klart ännu_');
  });

  it('leaves Log activity off an archived person’s card', () => {
    const card = JSON.stringify(
      personCardMessage(en, time, {
        card: { person: { ...person, archived: true }, summary, activities: [] },
      }),
    );
    expect(card).not.toContain('activity_log_for_person');
    expect(card).toContain('activity_list_for_person');
    expect(card).toContain('_(archived)_');
    expect(card).toContain('No activities to show yet.');
  });

  it('writes an activity line in the viewer’s language and time zone', () => {
    const line = { ...activities[0]!, subject: 'Offert', status: 'DONE' as const };
    expect(activityLine(en, time, { ...line, completedAt: new Date('2026-12-02T08:00:00Z') })).toBe(
      '#100 · Meeting · Offert — Done 2 Dec 2026 09:00 · <@UBOB>',
    );
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
      archived: i === 4,
    }));
    const organizations: OrganizationHit[] = Array.from({ length: 3 }, (_, i) => ({
      id: i + 1,
      name: long(`Org ${i}`),
      orgNumber: '556036-0793',
      email: null,
      phone: null,
      externalId: null,
      archived: i === 2,
    }));
    const message = searchResultsMessage(sv, 'sök <!channel>', { persons, organizations });
    expect(validateMessageBlocks(message.blocks)).toMatchObject({ ok: true });
    expect(message.text).toBe('Kontakter som matchar ”sök &lt;!channel&gt;”');
    const shown = JSON.stringify(message.blocks);
    expect(shown.match(/_\(arkiverad\)_/g)).toHaveLength(2);
    expect(shown).toContain('(556036-0793) _(arkiverad)_');
    // An archived person gets no Log activity.
    expect(shown).not.toContain('"action_id":"activity_log_for_person:5"');
    expect(shown).toContain('"action_id":"activity_log_for_person:4"');
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
