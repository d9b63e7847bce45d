import { openAdapterFactory } from '../../src/db/adapter-factory';
import { applyMigrations, readMigrations } from '../../src/db/migrate';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

jest.setTimeout(120_000);

const MIGRATION = 'activity_type_names';

interface TypeRow {
  workspace: string;
  key: string | null;
  nameEn: string;
  nameSv: string;
}

/**
 * Existing workspaces keep every type's current name in their own language; the
 * built-in types still carrying their standard name get the other language's.
 */
describe(`the ${MIGRATION} migration`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
  });
  afterAll(() => database.drop());

  it('keeps current names and adds the other language’s standard name to untouched built-in types', async () => {
    const adapter = await openAdapterFactory(database.target);
    try {
      const all = readMigrations();
      const at = all.findIndex((migration) => migration.name.endsWith(`_${MIGRATION}`));
      expect(at).toBeGreaterThan(0);
      await applyMigrations(adapter.driver, all.slice(0, at));
      const sql = adapter.driver;
      await sql.exec(`
        INSERT INTO "Workspace" (id, "slackTeamId", name, "defaultLocale", "updatedAt")
          VALUES (1, 'TEN', 'English Ltd', 'en', now()), (2, 'TSV', 'Svenska AB', 'sv', now());
        INSERT INTO "ActivityType" ("workspaceId", key, name, position, archived, "updatedAt") VALUES
          (1, 'MEETING', 'Meeting', 1, false, now()),
          (1, 'INCOMING_CALL', 'Inbound call', 2, false, now()),
          (1, 'VISIT', 'Visit', 3, false, now()),
          (1, NULL, 'Besök', 4, false, now()),
          (1, NULL, 'Demo', 5, false, now()),
          (1, 'FOLLOW_UP', 'Follow-up', 6, true, now()),
          (2, 'MEETING', 'Möte', 1, false, now()),
          (2, 'EMAIL', 'E-post', 2, false, now()),
          (2, 'SMS', 'SMS', 3, false, now()),
          (2, 'VISIT', 'Kundbesök', 4, false, now()),
          (2, NULL, 'Mässa', 5, false, now());
      `);
      await applyMigrations(adapter.driver, all);
      const rows = await sql.query<TypeRow>(`
        SELECT w."slackTeamId" AS workspace, t.key, t."nameEn", t."nameSv"
        FROM "ActivityType" t JOIN "Workspace" w ON w.id = t."workspaceId"
        ORDER BY w.id, t.position`);
      expect(rows).toEqual([
        { workspace: 'TEN', key: 'MEETING', nameEn: 'Meeting', nameSv: 'Möte' },
        // Renamed by an admin: the name they chose, in both languages, until they translate it.
        { workspace: 'TEN', key: 'INCOMING_CALL', nameEn: 'Inbound call', nameSv: 'Inbound call' },
        // "Besök" is already an active type's name here: two types may not share it.
        { workspace: 'TEN', key: 'VISIT', nameEn: 'Visit', nameSv: 'Visit' },
        { workspace: 'TEN', key: null, nameEn: 'Besök', nameSv: 'Besök' },
        { workspace: 'TEN', key: null, nameEn: 'Demo', nameSv: 'Demo' },
        { workspace: 'TEN', key: 'FOLLOW_UP', nameEn: 'Follow-up', nameSv: 'Uppföljning' },
        { workspace: 'TSV', key: 'MEETING', nameEn: 'Meeting', nameSv: 'Möte' },
        { workspace: 'TSV', key: 'EMAIL', nameEn: 'E-mail', nameSv: 'E-post' },
        { workspace: 'TSV', key: 'SMS', nameEn: 'SMS', nameSv: 'SMS' },
        { workspace: 'TSV', key: 'VISIT', nameEn: 'Kundbesök', nameSv: 'Kundbesök' },
        { workspace: 'TSV', key: null, nameEn: 'Mässa', nameSv: 'Mässa' },
      ]);
      const columns = await sql.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'ActivityType' AND column_name = 'name'`,
      );
      expect(columns).toEqual([]);
    } finally {
      await adapter.close();
    }
  });
});
