import type { Database } from '../../src/db/database';
import { openTestDatabase } from '../support/test-prisma';

/** The search columns the trigram indexes cover, kept by the database itself (pg_trgm + unaccent). */
describe('contact search text', () => {
  let db: Database & { drop(): Promise<void> };
  let workspaceId: number;
  beforeAll(async () => {
    db = await openTestDatabase();
    workspaceId = (await db.prisma.workspace.create({ data: { slackTeamId: 'T1', name: 'Acme' } })).id;
  });
  afterAll(() => db.drop());

  it('is lower case without accents, with phone numbers in both Swedish forms', async () => {
    const person = await db.prisma.person.create({
      data: {
        workspaceId,
        name: 'Åsa Östergren',
        email: 'Asa@Example.SE',
        phone: '+46 70-123 45 67',
        externalId: 'CRM-7',
      },
    });
    expect(person.searchText).toContain('asa ostergren');
    expect(person.searchText).toContain('asa@example.se');
    expect(person.searchText).toContain('46701234567');
    expect(person.searchText).toContain('0701234567');
    expect(person.searchText).toContain('crm-7');
  });

  it('follows every change of the contact', async () => {
    const organization = await db.prisma.organization.create({
      data: { workspaceId, name: 'Bröderna Ek AB', orgNumber: '556677-8899' },
    });
    expect(organization.searchText).toContain('broderna ek ab');
    expect(organization.searchText).toContain('5566778899');
    const renamed = await db.prisma.organization.update({
      where: { id: organization.id },
      data: { name: 'Ekström & Co' },
    });
    expect(renamed.searchText).toContain('ekstrom & co');
    expect(renamed.searchText).not.toContain('broderna');
  });

  it('finds accented and misspelled names through the trigram operators', async () => {
    const rows = await db.sql.query<{ name: string }>(
      `SELECT name FROM "Person" WHERE "workspaceId" = $1 AND touchbase_normalize($2) <% "searchText"`,
      [workspaceId, 'Asa Ostergrn'],
    );
    expect(rows.map((r) => r.name)).toEqual(['Åsa Östergren']);
  });
});
