import type { Database } from '../../src/db/database';
import { ContactSearchRepository } from '../../src/db/repositories/contact-search-repository';
import { searchKeyFor } from '../../src/domain/contacts/search-contacts';
import { openTestDatabase } from '../support/test-prisma';

/** The search's prepared statements take the typed text as a literal: it must stay text. */
describe('contact search, prepared statements', () => {
  let db: Database & { drop(): Promise<void> };
  let workspaceId: number;
  let search: ContactSearchRepository;
  beforeAll(async () => {
    db = await openTestDatabase();
    workspaceId = (await db.prisma.workspace.create({ data: { slackTeamId: 'T1', name: 'Acme' } })).id;
    search = new ContactSearchRepository(db.prisma);
    for (const name of ["Conan O'Brien", 'Ann Back\\slash', 'Bo Dollar$1'])
      await db.prisma.person.create({ data: { workspaceId, name } });
  });
  afterAll(() => db.drop());

  const names = async (text: string) => {
    const { persons } = await search.searchBoth({
      workspaceId,
      key: searchKeyFor(text)!,
      limits: { persons: 5, organizations: 3 },
    });
    return persons.map((person) => person.name);
  };

  it('finds names with quotes, backslashes and dollars as typed', async () => {
    expect(await names("O'Brien")).toEqual(["Conan O'Brien"]);
    expect(await names("o'brie")).toEqual(["Conan O'Brien"]);
    expect(await names('back\\slash')).toEqual(['Ann Back\\slash']);
    expect(await names('Dollar$1')).toEqual(['Bo Dollar$1']);
  });

  it('searches on after a rolled-back transaction took back the list of what its session prepared', async () => {
    // PREPARE outlives a rollback; the session's list of prepared statements does not, and
    // is left as before (here: empty, though the statements are prepared). On PGlite's one
    // session this is the session the next search runs on.
    await db.prisma.$executeRaw`SELECT set_config('touchbase.contact_search_prepared', '', false)`;
    expect(await names("O'Brien")).toEqual(["Conan O'Brien"]);
  });

  it('runs text that looks like SQL as a search for that text', async () => {
    expect(await names(`x'); DELETE FROM "Person"; --`)).toEqual([]);
    expect(await names(`\\'); DELETE FROM "Person"; --`)).toEqual([]);
    expect(await db.prisma.person.count({ where: { workspaceId } })).toBe(3);
  });
});
