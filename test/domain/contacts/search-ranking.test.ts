import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { Database } from '../../../src/db/database';
import { ContactSearchRepository } from '../../../src/db/repositories/contact-search-repository';
import { SearchContacts, searchKeyFor } from '../../../src/domain/contacts/search-contacts';
import { PrismaClient } from '../../../src/generated/prisma/client';
import { postgresUrl } from '../../support/test-database';
import { openTestDatabase } from '../../support/test-prisma';

describe('searchKeyFor', () => {
  it('searches phone and organization numbers by their digits, "00" counting as "+"', () => {
    expect(searchKeyFor('070-123 45 67')).toEqual({ text: '0701234567', digitsOnly: true });
    expect(searchKeyFor('+46 (0)70 123')).toEqual({ text: '46070123', digitsOnly: true });
    expect(searchKeyFor('0046701234567')).toEqual({ text: '46701234567', digitsOnly: true });
    expect(searchKeyFor('556677-8899')).toEqual({ text: '5566778899', digitsOnly: true });
  });

  it('keeps other text as typed, trimmed and cut, and has nothing to look for in blanks', () => {
    expect(searchKeyFor('  Åsa   Öster ')).toEqual({ text: 'Åsa Öster', digitsOnly: false });
    expect(searchKeyFor('CRM-12')).toEqual({ text: 'CRM-12', digitsOnly: false });
    expect(searchKeyFor('12')).toEqual({ text: '12', digitsOnly: false });
    expect(searchKeyFor('x'.repeat(500))?.text).toHaveLength(100);
    expect(searchKeyFor('   ')).toBeNull();
  });
});

describe('contact search ranking', () => {
  let db: Database & { drop(): Promise<void> };
  let search: SearchContacts;
  let workspaceId: number;

  const names = async (text: string, limit = 10) =>
    (await search.persons(workspaceId, text, { limit })).map((hit) => hit.name);

  beforeAll(async () => {
    db = await openTestDatabase();
    search = new SearchContacts(new ContactSearchRepository(db.prisma));
    workspaceId = (await db.prisma.workspace.create({ data: { slackTeamId: 'TRANK', name: 'Rank' } })).id;
    const other = await db.prisma.workspace.create({ data: { slackTeamId: 'TELSE', name: 'Else' } });
    const bygg = await db.prisma.organization.create({
      data: { workspaceId, name: 'Östergrens Bygg AB', orgNumber: '556036-0793', externalId: 'ORG-1' },
    });
    await db.prisma.organization.create({ data: { workspaceId, name: 'Annas Blommor AB' } });
    await db.prisma.person.createMany({
      data: [
        { workspaceId, name: 'Johanna Ek' },
        { workspaceId, name: 'Maria Annasdotter' },
        { workspaceId, name: 'Anna Berg', email: 'anna.berg@example.se' },
        { workspaceId, name: 'Anna' },
        { workspaceId, name: 'Åsa Östergren', phone: '+46 70-123 45 67', organizationId: bygg.id },
        { workspaceId, name: 'Karl Andersson', externalId: 'CRM-7' },
        { workspaceId, name: 'Pia Lindqvist' },
        { workspaceId, name: 'Arkiverad Anna', archived: true },
        { workspaceId: other.id, name: 'Anna I Annan Arbetsyta' },
        { workspaceId, name: 'Bo Berg' },
        { workspaceId, name: 'Kim Borg' },
        { workspaceId, name: 'Eva Lund' },
        { workspaceId, name: 'Per Åberg' },
        { workspaceId, name: 'Lena Lundholm' },
        { workspaceId, name: 'Arkiverad Ekström', archived: true },
      ],
    });
  });
  afterAll(() => db.drop());

  it('ranks the exact name first, then names starting with the text, then words, then anywhere', async () => {
    expect(await names('anna')).toEqual(['Anna', 'Anna Berg', 'Maria Annasdotter', 'Johanna Ek']);
  });

  it('ignores case and accents', async () => {
    for (const text of ['Ostergren', 'ÖSTERGREN', 'östergren', 'asa ostergren'])
      expect(await names(text)).toEqual(['Åsa Östergren']);
  });

  it('tolerates a typo in a name, but finds nothing in nonsense', async () => {
    expect(await names('Ostergrn')).toEqual(['Åsa Östergren']);
    expect(await names('Anderson')).toEqual(['Karl Andersson']);
    expect(await names('Lindkvist')).toEqual(['Pia Lindqvist']);
    expect(await names('Qwzxkjv')).toEqual([]);
  });

  it('finds a word start for one or two letters: "Ek" finds Johanna Ek', async () => {
    expect(await names('Ek')).toEqual(['Johanna Ek']);
    expect(await names('jo')).toEqual(['Johanna Ek']);
    expect(await names('ek', 1)).toEqual(['Johanna Ek']);
  });

  it('allows one edit in a name under six letters: a letter added, missing, wrong or two swapped', async () => {
    expect(await names('Bergh')).toEqual(['Anna Berg', 'Bo Berg']);
    expect(await names('Lundh')).toEqual(['Lena Lundholm', 'Eva Lund']);
    expect(await names('Åbreg')).toEqual(['Per Åberg']);
    expect(await names('abreg')).toEqual(['Per Åberg']);
    expect(await names('Lnud')).toEqual(['Eva Lund']);
    expect(await names('Lud')).toEqual(['Eva Lund']);
    expect(await names('Ekk')).toEqual(['Johanna Ek']);
    expect(await names('Bxrgh')).toEqual([]);
    expect(await names('Ex')).toEqual([]);
    const [organization] = await search.organizations(workspaceId, 'Anas', { limit: 5 });
    expect(organization?.name).toBe('Annas Blommor AB');
  });

  it('guesses no typo when the short name exists as typed', async () => {
    // Berg is a name here: Kim Borg, one letter away, is not what was meant.
    expect(await names('Berg')).toEqual(['Anna Berg', 'Bo Berg', 'Per Åberg']);
  });

  it('matches e-mail, phone in any format, organization number and external id', async () => {
    expect(await names('anna.berg@example.se')).toEqual(['Anna Berg']);
    for (const phone of ['070-123 45 67', '+46701234567', '0701234567', '1234567'])
      expect(await names(phone)).toEqual(['Åsa Östergren']);
    expect(await names('crm-7')).toEqual(['Karl Andersson']);
    for (const number of ['5560360793', '556036-0793', 'org-1']) {
      const organizations = await search.organizations(workspaceId, number, { limit: 5 });
      expect(organizations.map((o) => o.name)).toEqual(['Östergrens Bygg AB']);
    }
  });

  it('names the person’s organization in the hits', async () => {
    const [hit] = await search.persons(workspaceId, 'Åsa', { limit: 5 });
    expect(hit).toMatchObject({ name: 'Åsa Östergren', organizationName: 'Östergrens Bygg AB' });
  });

  it('never returns archived contacts or another workspace’s', async () => {
    const all = await names('anna', 50);
    expect(all).not.toContain('Arkiverad Anna');
    expect(all).not.toContain('Anna I Annan Arbetsyta');
    expect(await names('Ekström')).toEqual([]);
  });

  it('returns archived contacts when asked, marked and after the active ones', async () => {
    const hits = await search.persons(workspaceId, 'anna', { limit: 50, includeArchived: true });
    expect(hits.map((hit) => [hit.name, hit.archived])).toEqual([
      ['Anna', false],
      ['Anna Berg', false],
      ['Maria Annasdotter', false],
      ['Johanna Ek', false],
      ['Arkiverad Anna', true],
    ]);
    const archived = await search.persons(workspaceId, 'Ekstrom', { limit: 5, includeArchived: true });
    expect(archived.map((hit) => [hit.name, hit.archived])).toEqual([['Arkiverad Ekström', true]]);
    expect((await search.persons(workspaceId, 'anna', { limit: 2, includeArchived: true })).length).toBe(2);
  });

  it('respects the limit and lists recently changed persons for empty text', async () => {
    expect(await names('anna', 2)).toEqual(['Anna', 'Anna Berg']);
    const pia = await db.prisma.person.findFirstOrThrow({ where: { name: 'Pia Lindqvist' } });
    await db.prisma.person.update({ where: { id: pia.id }, data: { phone: '08 12 34 56' } });
    expect((await names('', 3))[0]).toBe('Pia Lindqvist');
  });

  it('treats SQL and LIKE wildcards as plain text', async () => {
    const before = await db.prisma.person.count();
    expect(await names(`'; DROP TABLE "Person"; --`)).toEqual([]);
    expect(await names('%')).toEqual([]);
    expect(await names('an_a')).toEqual([]);
    expect(await names('%nna%')).toEqual([]);
    expect(await db.prisma.person.count()).toBe(before);
  });

  it('still ranks exact and prefix matches first when the text is in thousands of contacts', async () => {
    await db.prisma.person.createMany({
      data: Array.from({ length: 1200 }, (_, i) => ({
        workspaceId,
        name: `Per Vanligsson ${i}`,
        email: `per${i}@vanligsson.se`,
      })),
    });
    await db.prisma.person.create({ data: { workspaceId, name: 'Vanligsson Först' } });
    await db.prisma.person.create({ data: { workspaceId, name: 'Vanligsson' } });
    const hits = await names('vanligsson', 4);
    expect(hits.slice(0, 2)).toEqual(['Vanligsson', 'Vanligsson Först']);
    expect(hits[2]).toMatch(/^Per Vanligsson \d+$/);
  });

  it('takes text found only inside words from the first thousand matches when it is in more', async () => {
    await db.prisma.person.createMany({
      data: Array.from({ length: 1200 }, (_, i) => ({ workspaceId, name: `Per Ainmitt ${i}` })),
    });
    // "Per Ainmitt 1000" would sort before "Per Ainmitt 101", but is the 1,001st match.
    expect(await names('inmitt', 5)).toEqual([
      'Per Ainmitt 0',
      'Per Ainmitt 1',
      'Per Ainmitt 10',
      'Per Ainmitt 100',
      'Per Ainmitt 101',
    ]);
  });
});

// The plan only means something on the server the app runs on in production.
if (postgresUrl) {
  describe('contact search on PostgreSQL', () => {
    let db: Database & { drop(): Promise<void> };
    let pool: pg.Pool;
    let prisma: PrismaClient;
    const plans: string[] = [];

    beforeAll(async () => {
      db = await openTestDatabase();
      const { id } = await db.prisma.workspace.create({ data: { slackTeamId: 'TPLAN', name: 'Plan' } });
      await db.sql.query(
        `INSERT INTO "Person" ("workspaceId", name, email, phone, "updatedAt")
         SELECT $1,
           (ARRAY['Anna','Karin','Lars','Erik','Åsa'])[1 + n % 5] || ' ' ||
           (ARRAY['Andersson','Östergren','Lindqvist','Berg','Nyström','Ek'])[1 + (n / 5) % 6] || ' ' || n,
           'person' || n || '@example.se', '070' || lpad(n::text, 7, '0'), now()
         FROM generate_series(1, 20000) AS n`,
        [id],
      );
      await db.sql.query(
        `INSERT INTO "Organization" ("workspaceId", name, "orgNumber", "updatedAt")
         SELECT $1, 'Bolag ' || n || ' AB', '55' || lpad(n::text, 4, '0') || '-' || lpad(n::text, 4, '0'), now()
         FROM generate_series(1, 5000) AS n`,
        [id],
      );
      await db.sql.query('ANALYZE "Person", "Organization"');
      // auto_explain reports the plan of every statement the search really runs.
      pool = new pg.Pool({
        connectionString: db.target.kind === 'postgres' ? db.target.url : postgresUrl,
        options:
          '-c session_preload_libraries=auto_explain -c auto_explain.log_min_duration=0 -c auto_explain.log_level=notice',
      });
      pool.on('connect', (client) => client.on('notice', (notice) => plans.push(notice.message ?? '')));
      prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
      const search = new SearchContacts(new ContactSearchRepository(prisma));
      for (const text of [
        'Anna',
        'Östergren',
        'Ostergrn',
        'Lindkvist',
        '070-000 12 34',
        'person42@example.se',
        'ka',
        'Ek',
        'Bergh',
        'Ekx',
      ])
        await search.both(id, text, { persons: 5, organizations: 3 });
      await search.organizations(id, '550042-0042', { limit: 3 });
    });
    afterAll(async () => {
      await prisma.$disconnect();
      await pool.end();
      await db.drop();
    });

    it('finds contacts through the trigram indexes, never by reading whole tables', () => {
      const searches = plans.filter((plan) => plan.includes('searchText'));
      for (const table of ['Person', 'Organization']) {
        const mine = searches.filter((plan) => plan.includes(`FROM "${table}"`));
        const byExternalId = mine.filter((plan) => plan.includes('"externalId" IN'));
        const byText = mine.filter((plan) => !byExternalId.includes(plan));
        expect(byText.some((plan) => plan.includes('<%'))).toBe(true);
        expect(byText.length).toBeGreaterThan(3);
        for (const plan of byText) {
          expect(plan).toContain(`Bitmap Index Scan on "${table}_workspace_searchText_idx"`);
          // Never the workspace alone: that reads every contact of it.
          expect(plan).not.toMatch(/Index Cond: \(\("workspaceId"\)::bigint = (?:'\d+'::bigint|\$\d+)\)$/m);
        }
        // The index starts with the workspace: other workspaces' matches are not read.
        const inWorkspace = byText.filter((plan) =>
          /Index Cond: \(\(\("workspaceId"\)::bigint = (?:'\d+'::bigint|\$\d+)\) AND \("searchText"/.test(
            plan,
          ),
        );
        expect(inWorkspace.length).toBeGreaterThan(3);
        for (const plan of byExternalId)
          expect(plan).toContain(`Index Scan on "${table}_workspaceId_externalId_key"`);
        for (const plan of mine) expect(plan).not.toContain(`Seq Scan on "${table}"`);
      }
    });

    it('finds a common name’s word starts through its own trigrams, in one index scan', () => {
      // "Anna" is in 4,000 persons: the first look reads them all and keeps the names with
      // a word starting with it. The padded trigrams of a word's start ("  a", " an") are
      // in every word starting with "a": the index is not asked for them. The search's
      // statements are prepared and planned generically (contact-search-prepared.ts), so the
      // first look's plan, logged with its prepared text, is the same for every typed text.
      const wordStarts = plans.filter(
        (plan) => plan.includes(`(' ' || c."searchText") LIKE`) && plan.includes('FROM "Person"'),
      );
      expect(wordStarts.length).toBeGreaterThan(0);
      for (const plan of wordStarts) {
        expect(plan).not.toContain('BitmapOr');
        expect(plan).toMatch(/Index Cond: \(.* AND \("searchText" ~~ (?:'%anna%'::text|\$\d+)\)\)/);
      }
    });

    it('finds short names one edit away through the name-key index', () => {
      for (const table of ['Person', 'Organization']) {
        const oneEdit = plans.filter(
          (plan) => plan.includes(`FROM "${table}"`) && plan.includes('"nameKeys" &&'),
        );
        expect(oneEdit.length).toBeGreaterThan(0);
        for (const plan of oneEdit) {
          expect(plan).toContain(`Bitmap Index Scan on "${table}_nameKeys_idx"`);
          expect(plan).not.toContain(`Seq Scan on "${table}"`);
        }
      }
    });
  });
}
