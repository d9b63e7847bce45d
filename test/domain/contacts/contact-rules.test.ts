import type { Database } from '../../../src/db/database';
import { ActivityRepository } from '../../../src/db/repositories/activity-repository';
import { ContactSearchRepository } from '../../../src/db/repositories/contact-search-repository';
import { OrganizationRepository } from '../../../src/db/repositories/organization-repository';
import { PersonRepository } from '../../../src/db/repositories/person-repository';
import { ContactActivitiesQuery } from '../../../src/domain/activities/contact-activities-query';
import { DuplicateValueError } from '../../../src/domain/contacts/contact-ports';
import { type ContactServices, createContactServices } from '../../../src/domain/contacts/contact-services';
import { ValidationError } from '../../../src/domain/validation-error';
import type { Viewer } from '../../../src/domain/viewer';
import { en } from '../../../src/i18n/en';
import { sv } from '../../../src/i18n/sv';
import { viewerFor } from '../../support/fixtures/contacts';
import { openTestDatabase } from '../../support/test-prisma';

/** The messages a refusal shows, field by field, in English. */
async function refusal(work: Promise<unknown>, messages = en): Promise<Record<string, string>> {
  try {
    await work;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return Object.fromEntries(
      Object.entries(error.fields).map(([field, message]) => [
        field,
        (message as (m: typeof en) => string)(messages),
      ]),
    );
  }
  throw new Error('expected a ValidationError');
}

describe('contact register rules', () => {
  let db: Database & { drop(): Promise<void> };
  let contacts: ContactServices;
  let viewer: Viewer;
  let otherViewer: Viewer;

  beforeAll(async () => {
    db = await openTestDatabase();
    contacts = createContactServices({
      persons: new PersonRepository(db.prisma),
      organizations: new OrganizationRepository(db.prisma),
      search: new ContactSearchRepository(db.prisma),
      activities: new ContactActivitiesQuery(new ActivityRepository(db.prisma, db.plain), {
        now: () => new Date('2026-12-01T09:00:00Z'),
      }),
    });
    const workspace = await db.prisma.workspace.create({ data: { slackTeamId: 'TRULES', name: 'Rules' } });
    const other = await db.prisma.workspace.create({ data: { slackTeamId: 'TOTHER', name: 'Other' } });
    viewer = await viewerFor(db.prisma, workspace.id, 'URULES');
    otherViewer = await viewerFor(db.prisma, other.id, 'UOTHER');
  });
  afterAll(() => db.drop());

  const count = () => Promise.all([db.prisma.person.count(), db.prisma.organization.count()]);

  it('requires a name of at most 200 characters', async () => {
    expect(await refusal(contacts.createPerson.execute(viewer, { name: '   ' }))).toEqual({
      name: 'Enter a name.',
    });
    expect(await refusal(contacts.createOrganization.execute(viewer, { name: 'x'.repeat(201) }))).toEqual({
      name: 'The name can be at most 200 characters.',
    });
    const saved = await contacts.createPerson.execute(viewer, { name: `  ${'y'.repeat(200)}  ` });
    expect(saved.name).toHaveLength(200);
  });

  it('checks e-mail and phone, and stores the e-mail trimmed and lower-cased', async () => {
    expect(
      await refusal(contacts.createPerson.execute(viewer, { name: 'A', email: 'a@b', phone: '12345' }), sv),
    ).toEqual({
      email: 'Ange en e-postadress som namn@exempel.se.',
      phone: 'Ange ett telefonnummer med 6–20 siffror; mellanslag, +, - och parenteser går bra.',
    });
    for (const phone of ['070-123 45 67 ext 2', '+46 70+123', '1'.repeat(21)])
      expect(await refusal(contacts.createPerson.execute(viewer, { name: 'A', phone }))).toHaveProperty(
        'phone',
      );
    const person = await contacts.createPerson.execute(viewer, {
      name: 'Mail Person',
      email: '  Mail.Person@Example.COM ',
      phone: '+46 (0)70-123 45 67',
    });
    expect(person).toMatchObject({ email: 'mail.person@example.com', phone: '+46 (0)70-123 45 67' });
  });

  it('validates and normalises organization numbers', async () => {
    const organization = await contacts.createOrganization.execute(viewer, {
      name: 'Luhn AB',
      orgNumber: '5560125790',
    });
    expect(organization.orgNumber).toBe('556012-5790');
    expect(
      await refusal(contacts.createOrganization.execute(viewer, { name: 'X', orgNumber: '556012-5791' })),
    ).toEqual({
      orgNumber: 'This organization number is not valid: its check digit does not match.',
    });
  });

  it('refuses an e-mail or external id another contact of the workspace has, and allows it elsewhere', async () => {
    await contacts.createPerson.execute(viewer, {
      name: 'First',
      email: 'dup@example.se',
      externalId: 'X-1',
    });
    const before = await count();
    expect(
      await refusal(
        contacts.createPerson.execute(viewer, {
          name: 'Second',
          email: 'DUP@example.se',
          externalId: 'X-1',
          newOrganizationName: 'Never Created AB',
        }),
      ),
    ).toEqual({
      email: 'Another contact in the register already has this e-mail address.',
      externalId: 'Another contact in the register already has this external id.',
    });
    expect(await count()).toEqual(before);
    const elsewhere = await contacts.createPerson.execute(otherViewer, {
      name: 'Same',
      email: 'dup@example.se',
    });
    expect(elsewhere.workspaceId).toBe(otherViewer.workspaceId);
  });

  it('turns a unique index violation that slipped past the check into the same field error, writing nothing', async () => {
    const persons = new PersonRepository(db.prisma);
    await persons.create(
      viewer.workspaceId,
      { name: 'Race 1', email: 'race@example.se', phone: null, externalId: null, archived: false },
      null,
    );
    const before = await count();
    await expect(
      persons.create(
        viewer.workspaceId,
        { name: 'Race 2', email: 'race@example.se', phone: null, externalId: null, archived: false },
        { newName: 'Race Organization AB' },
      ),
    ).rejects.toEqual(new DuplicateValueError('email'));
    expect(await count()).toEqual(before);
  });

  it('links only an active organization of the same workspace', async () => {
    const foreign = await contacts.createOrganization.execute(otherViewer, { name: 'Foreign AB' });
    const archived = await contacts.createOrganization.execute(viewer, { name: 'Archived AB' });
    await contacts.updateOrganization.execute(viewer, archived.id, { name: 'Archived AB', archived: true });
    for (const organizationId of [foreign.id, archived.id, 999_999])
      expect(await refusal(contacts.createPerson.execute(viewer, { name: 'P', organizationId }))).toEqual({
        organization: 'This organization is archived or no longer exists. Choose another one.',
      });
  });

  it('edits and archives a person, keeping unique values its own', async () => {
    const person = await contacts.createPerson.execute(viewer, { name: 'Edit Me', email: 'edit@example.se' });
    const edited = await contacts.updatePerson.execute(viewer, person.id, {
      name: 'Edited',
      email: 'EDIT@example.se',
      newOrganizationName: 'Edit Org AB',
      archived: true,
    });
    expect(edited).toMatchObject({ name: 'Edited', email: 'edit@example.se', archived: true });
    expect(edited.organization?.name).toBe('Edit Org AB');
    await expect(
      contacts.updatePerson.execute(otherViewer, person.id, { name: 'Hijack' }),
    ).rejects.toMatchObject({
      code: 'person_not_found',
    });
  });

  it('shows an organization with its active persons, archived ones left out', async () => {
    const organization = await contacts.createOrganization.execute(viewer, { name: 'Members AB' });
    for (const name of ['Bea', 'Adam', 'Cecilia'])
      await contacts.createPerson.execute(viewer, { name, organizationId: organization.id });
    const gone = await contacts.createPerson.execute(viewer, {
      name: 'Gone',
      organizationId: organization.id,
    });
    await contacts.updatePerson.execute(viewer, gone.id, {
      name: 'Gone',
      organizationId: organization.id,
      archived: true,
    });
    const card = await contacts.organizationCard.execute(viewer, organization.id);
    expect(card.persons.map((p) => p.name)).toEqual(['Adam', 'Bea', 'Cecilia']);
    expect(card.totalPersons).toBe(3);
    await expect(contacts.organizationCard.execute(otherViewer, organization.id)).rejects.toMatchObject({
      code: 'organization_not_found',
    });
  });
});
