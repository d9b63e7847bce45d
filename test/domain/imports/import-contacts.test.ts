import fs from 'node:fs';
import path from 'node:path';
import { ImportRepository } from '../../../src/db/repositories/import-repository';
import { WorkspaceRepository } from '../../../src/db/repositories/workspace-repository';
import type { AppError } from '../../../src/domain/app-error';
import {
  ImportContacts,
  type ImportRowError,
  type ImportSummary,
} from '../../../src/domain/imports/import-contacts';
import { WorkspaceService } from '../../../src/domain/workspaces/workspace-service';
import type { Workspace } from '../../../src/generated/prisma/client';
import { messages } from '../../../src/i18n';
import { SettableClock } from '../../support/fixtures/activities';
import { openTestDatabase } from '../../support/test-prisma';

const CSV_DIR = path.join(__dirname, '..', '..', 'support', 'fixtures', 'csv');

describe('contact import (product §7.3)', () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let workspace: Workspace;
  let importer: ImportContacts;
  const clock = new SettableClock(new Date('2026-03-02T09:00:00Z'));

  beforeAll(async () => {
    db = await openTestDatabase();
    workspace = await new WorkspaceService(new WorkspaceRepository(db.prisma), {
      locale: 'sv',
      timezone: 'Europe/Stockholm',
      holidayCountry: null,
    }).ensure('TIMPORT', 'Import AB');
    importer = new ImportContacts(new ImportRepository(db.prisma), clock, 3);
  });
  afterAll(() => db.drop());

  beforeEach(async () => {
    await db.prisma.person.deleteMany();
    await db.prisma.organization.deleteMany();
  });

  async function run(
    input: string | Buffer | (string | Buffer)[],
    locale: 'sv' | 'en' = 'en',
  ): Promise<{ summary: ImportSummary; errors: ImportRowError[] }> {
    const errors: ImportRowError[] = [];
    const chunks = Array.isArray(input) ? input : [input];
    const summary = await importer.execute(
      async function* () {
        yield* chunks;
      },
      { workspaceId: workspace.id, locale, onError: (error) => void errors.push(error) },
    );
    return { summary, errors };
  }

  const persons = () =>
    db.prisma.person.findMany({ orderBy: { id: 'asc' }, include: { organization: true } });

  it('reads Swedish headers, `;`, a BOM and bad rows: good rows saved, bad ones reported, none half-written', async () => {
    const file = fs.readFileSync(path.join(CSV_DIR, 'sv-semicolon-bom.csv'));
    const { summary, errors } = await run(file, 'sv');
    expect(summary).toEqual({
      rows: 6,
      created: 3,
      updated: 0,
      unchanged: 0,
      rejected: 3,
      organizationsCreated: 2,
      ignoredColumns: ['Anteckning'],
      encoding: 'utf-8',
    });
    const sv = messages('sv').contacts.errors;
    expect(errors).toEqual([
      { row: 3, column: 'E-post', message: sv.emailInvalid },
      { row: 4, column: 'Namn', message: sv.nameRequired },
      { row: 6, column: 'Telefon', message: sv.phoneInvalid },
      { row: 6, column: 'Organisationsnummer', message: sv.orgNumberCheckDigit },
    ]);
    const saved = await persons();
    expect(saved.map((p) => [p.name, p.email, p.phone, p.externalId, p.organization?.name])).toEqual([
      ['Åsa Öberg', 'asa@example.se', '070-123 45 67', 'K-1', 'Ängö AB'],
      ['Cilla Carlsson', 'cilla@example.se', '+46 8 123 456', 'K-4', 'Nya Bolaget'],
      ['Eva "Evi" Ek', 'eva@example.se', null, null, 'Ängö AB'],
    ]);
    expect(saved[0]?.organization?.orgNumber).toBe('556036-0793');
    expect(saved[0]?.organizationId).toBe(saved[2]?.organizationId);
    // Refused rows left nothing behind: not the person, not the organization they named.
    expect(await db.prisma.person.count({ where: { externalId: { in: ['K-2', 'K-3', 'K-5'] } } })).toBe(0);
    expect(await db.prisma.organization.count()).toBe(2);
  });

  it('reads English headers, `,` and quoted fields with separators and line breaks', async () => {
    const file = fs.readFileSync(path.join(CSV_DIR, 'en-comma-quoted.csv'), 'utf8');
    const { summary, errors } = await run(file);
    expect(errors).toEqual([]);
    expect(summary).toMatchObject({
      rows: 3,
      created: 2,
      updated: 1,
      unchanged: 0,
      rejected: 0,
      organizationsCreated: 1,
    });
    const saved = await persons();
    expect(saved.map((p) => [p.name, p.organization?.name, p.organization?.externalId])).toEqual([
      ['Andersson, Anna', 'Acme Nordic', 'ORG-1'],
      ['Bertil Berg', 'Acme Nordic', 'ORG-1'],
    ]);
    expect(await db.prisma.organization.count()).toBe(1);
  });

  it('survives any chunking of the stream (quotes, CRLF and multi-byte letters split between chunks)', async () => {
    const file = fs.readFileSync(path.join(CSV_DIR, 'sv-semicolon-bom.csv'));
    const bytes = [...file].map((byte) => Buffer.from([byte]));
    const { summary } = await run(bytes, 'sv');
    expect(summary).toMatchObject({ rows: 6, created: 3, rejected: 3 });
    expect((await persons()).map((p) => p.name)).toEqual(['Åsa Öberg', 'Cilla Carlsson', 'Eva "Evi" Ek']);
  });

  it('upserts by external id, then by e-mail; a re-import changes nothing', async () => {
    const first = 'name,email,phone,external id\nAnna A,anna@x.se,0701234567,E1\nBo B,bo@x.se,,\n';
    expect((await run(first)).summary).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const before = await persons();
    clock.advance(60_000);
    expect((await run(first)).summary).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect((await persons()).map((p) => p.updatedAt)).toEqual(before.map((p) => p.updatedAt));

    // Same external id, new e-mail: that person is updated. Same e-mail, new external id: it is set.
    const second =
      'name,email,external id\nAnna Andersson,anna.new@x.se,E1\nBo B,bo@x.se,E2\nCarl C,carl@x.se,E3\n';
    const { summary, errors } = await run(second);
    expect(errors).toEqual([]);
    expect(summary).toMatchObject({ created: 1, updated: 2, unchanged: 0 });
    const after = await persons();
    expect(after.map((p) => [p.id, p.name, p.email, p.phone, p.externalId])).toEqual([
      [before[0]?.id, 'Anna Andersson', 'anna.new@x.se', '0701234567', 'E1'],
      [before[1]?.id, 'Bo B', 'bo@x.se', null, 'E2'],
      [expect.any(Number), 'Carl C', 'carl@x.se', null, 'E3'],
    ]);
  });

  it('refuses a row whose e-mail belongs to another contact, and one whose e-mail has another external id', async () => {
    await run('name,email,external id\nAnna,anna@x.se,E1\nBo,bo@x.se,E2\n');
    const { summary, errors } = await run('name,email,external id\nAnna,bo@x.se,E1\nBo,bo@x.se,E9\n');
    expect(summary).toMatchObject({ rejected: 2, updated: 0 });
    const en = messages('en');
    expect(errors).toEqual([
      { row: 2, column: 'email', message: en.contacts.errors.emailTaken },
      { row: 3, column: 'external id', message: en.imports.errors.otherExternalId },
    ]);
    expect((await persons()).map((p) => [p.name, p.email, p.externalId])).toEqual([
      ['Anna', 'anna@x.se', 'E1'],
      ['Bo', 'bo@x.se', 'E2'],
    ]);
  });

  it('lets a later row of the same file update an earlier one (batches split at repeated keys)', async () => {
    const { summary } = await run(
      'name,email,external id\nAnna,anna@x.se,E1\nAnna Ny,anna@x.se,E1\nAnna Ny,anna@x.se,E1\n',
    );
    expect(summary).toMatchObject({ created: 1, updated: 1, unchanged: 1 });
    expect((await persons()).map((p) => p.name)).toEqual(['Anna Ny']);
  });

  it('finds organizations by number before name, and refuses an unknown number without a name', async () => {
    await run('name,organization number,kind\nNorr AB,556036-0793,organization\n');
    const { summary, errors } = await run(
      'name,organisation,org nr\nAnna,Some Other Name,5560360793\nBo,,556677-8899\nCilla,NORR ab,\n',
    );
    expect(summary).toMatchObject({ created: 2, rejected: 1, organizationsCreated: 0 });
    expect(errors).toEqual([
      { row: 3, column: 'org nr', message: messages('en').imports.errors.unknownOrgNumber },
    ]);
    expect((await persons()).map((p) => [p.name, p.organization?.name])).toEqual([
      ['Anna', 'Norr AB'],
      ['Cilla', 'Norr AB'],
    ]);
  });

  it('refuses a file without a name column or with a column twice, before reading any row', async () => {
    const noName = run('email,phone\na@x.se,070123456\n');
    await expect(noName).rejects.toMatchObject({ code: 'import_no_name_column' });
    const twice = run('name,e-mail,E-post\nA,a@x.se,a@x.se\n');
    const error = (await twice.catch((caught: unknown) => caught)) as AppError;
    expect(error.userMessage(messages('sv'))).toBe(
      messages('sv').imports.errors.duplicateColumn('e-mail', 'E-post'),
    );
    await expect(run('')).rejects.toMatchObject({ code: 'import_empty' });
    expect(await db.prisma.person.count()).toBe(0);
  });

  it('stores text literally: mrkdwn, SQL and quotes are just names', async () => {
    const tricky = `name,email\n"<!channel> ""x""; DROP TABLE ""Person"";--",tricky@x.se\n`;
    const { summary } = await run(tricky);
    expect(summary.created).toBe(1);
    expect((await persons())[0]?.name).toBe('<!channel> "x"; DROP TABLE "Person";--');
  });

  it('rejects an unknown kind and over-long values, field by field', async () => {
    const long = 'x'.repeat(201);
    const { errors } = await run(`name,kind,external id\n${long},robot,${'y'.repeat(101)}\n`);
    expect(errors.map((e) => e.column)).toEqual(['kind', 'name', 'external id']);
  });
});
