import fs from 'node:fs';
import path from 'node:path';
import { ImportRepository } from '../../../src/db/repositories/import-repository';
import { WorkspaceRepository } from '../../../src/db/repositories/workspace-repository';
import { AppError } from '../../../src/domain/app-error';
import {
  ImportContacts,
  type ImportRowError,
  ImportStopped,
  type ImportSummary,
} from '../../../src/domain/imports/import-contacts';
import { WorkspaceService } from '../../../src/domain/workspaces/workspace-service';
import type { Workspace } from '../../../src/generated/prisma/client';
import { messages } from '../../../src/i18n';
import { SettableClock } from '../../support/fixtures/activities';
import { openTestDatabase } from '../../support/test-prisma';

const CSV_DIR = path.join(__dirname, '..', '..', 'support', 'fixtures', 'csv');
const fixture = (name: string) => fs.readFileSync(path.join(CSV_DIR, name));
const en = messages('en');

/** Files as people really send them: other encodings, damaged bytes, a stray quote. */
describe('contact import of real-world files', () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let workspace: Workspace;
  const clock = new SettableClock(new Date('2026-03-02T09:00:00Z'));

  beforeAll(async () => {
    db = await openTestDatabase();
    workspace = await new WorkspaceService(new WorkspaceRepository(db.prisma), {
      locale: 'sv',
      timezone: 'Europe/Stockholm',
      holidayCountry: null,
    }).ensure('TFILES', 'Files AB');
  });
  afterAll(() => db.drop());

  beforeEach(async () => {
    await db.prisma.person.deleteMany();
    await db.prisma.organization.deleteMany();
  });

  async function run(
    input: Buffer | string,
    { locale = 'en', repository }: { locale?: 'sv' | 'en'; repository?: ImportRepository } = {},
  ): Promise<{ summary: ImportSummary; errors: ImportRowError[] }> {
    const errors: ImportRowError[] = [];
    const importer = new ImportContacts(repository ?? new ImportRepository(db.prisma), clock, 3);
    const summary = await importer.execute(
      async function* () {
        // Small pieces, so multi-byte letters and line ends are split between chunks.
        const bytes = typeof input === 'string' ? Buffer.from(input) : input;
        for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
      },
      { workspaceId: workspace.id, locale, onError: (error) => void errors.push(error) },
    );
    return { summary, errors };
  }

  const names = async () =>
    (await db.prisma.person.findMany({ orderBy: { id: 'asc' }, include: { organization: true } })).map(
      (p) => [p.name, p.organization?.name ?? null],
    );

  it('refuses a row with a NUL byte by its number and imports every other row, in every batch', async () => {
    const { summary, errors } = await run(fixture('nul-byte.csv'));
    expect(errors).toEqual([{ row: 6, column: 'name', message: en.imports.errors.nulCharacter }]);
    expect(summary).toMatchObject({ rows: 10, created: 9, rejected: 1, encoding: 'utf-8' });
    expect((await names()).map(([name]) => name)).toEqual([
      'Anna Andersson',
      'Bertil Berg',
      'Cilla Carlsson',
      'Dan Dahl',
      'Gun Gustafsson',
      'Hans Holm',
      'Ida Isaksson',
      'Jan Jansson',
      'Karin Kvist',
    ]);
  });

  it('refuses a row holding U+FFFD (a letter lost in an earlier conversion) rather than store it', async () => {
    const { summary, errors } = await run('name,notes\nAnna,ok\nB\uFFFDrje,x\n');
    expect(summary).toMatchObject({ created: 1, rejected: 1 });
    expect(errors).toEqual([{ row: 3, column: 'name', message: en.imports.errors.replacementCharacter }]);
  });

  it('reads UTF-16 LE with a byte order mark (Excel’s “Unicode text”, tab-separated)', async () => {
    const { summary, errors } = await run(fixture('utf16le-bom.csv'), { locale: 'sv' });
    expect(errors).toEqual([]);
    expect(summary).toMatchObject({ rows: 3, created: 3, rejected: 0, encoding: 'utf-16le' });
    expect(await names()).toEqual([
      ['Åsa Öberg', 'Ängö AB'],
      ['Björn Ström', 'Ängö AB'],
      ['Zoë Ünal', null],
    ]);
  });

  it('reads UTF-16 BE with a byte order mark', async () => {
    const text = 'name;email\r\nÅke Ärlig;ake@example.se\r\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1] as number;
      be[i + 1] = le[i] as number;
    }
    const { summary } = await run(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    expect(summary).toMatchObject({ created: 1, encoding: 'utf-16be' });
    expect(await names()).toEqual([['Åke Ärlig', null]]);
  });

  it('reads Windows-1252 (Excel’s “CSV” in Sweden) with its letters intact, not as replacement characters', async () => {
    const { summary, errors } = await run(fixture('windows-1252-sv.csv'), { locale: 'sv' });
    expect(errors).toEqual([]);
    expect(summary).toMatchObject({
      rows: 4,
      created: 4,
      rejected: 0,
      encoding: 'windows-1252',
      ignoredColumns: ['Ort'],
    });
    expect(await names()).toEqual([
      ['Karin Östergren', 'Ängelholms Trä AB'],
      ['Per Åberg', 'Ängelholms Trä AB'],
      ['Lena Ängelholm', 'Café Åre'],
      ['Zoë Müller', null],
    ]);
    expect(JSON.stringify(await db.prisma.person.findMany({ omit: { changeId: true } }))).not.toContain(
      '\uFFFD',
    );
  });

  it('refuses, naming the problem, a file that is neither UTF-8 nor clearly Windows-1252, and stores nothing', async () => {
    // "Björn Åström" in Mac Roman: its letters are where Windows-1252 has punctuation.
    const macRoman = Buffer.from([
      ...Buffer.from('name,email\nAnna,anna@example.com\nBj'),
      0x9a,
      ...Buffer.from('rn '),
      0x81,
      ...Buffer.from('str'),
      0x9a,
      ...Buffer.from('m,bjorn@example.com\n'),
    ]);
    const refused = (await run(macRoman).catch((error: unknown) => error)) as AppError;
    expect(refused).toBeInstanceOf(AppError);
    expect(refused.code).toBe('import_unknown_encoding');
    expect(refused.userMessage(en)).toBe(en.imports.errors.unknownEncoding(3));
    expect(refused.userMessage(messages('sv'))).toContain('Inget importerades');

    // UTF-8 with one stray Latin-1 byte: mixed, so refused too.
    const mixed = Buffer.concat([
      Buffer.from('name\nÅsa Öberg\nBj'),
      Buffer.from([0xf6]),
      Buffer.from('rn\n'),
    ]);
    await expect(run(mixed)).rejects.toMatchObject({ code: 'import_unknown_encoding' });
    // A UTF-8 byte order mark followed by bytes that are not UTF-8.
    const lying = Buffer.concat([
      Buffer.from('\uFEFFname\nAnna\n'),
      Buffer.from([0xd6]),
      Buffer.from('sten\n'),
    ]);
    const lie = (await run(lying).catch((error: unknown) => error)) as AppError;
    expect(lie.userMessage(en)).toBe(en.imports.errors.invalidUtf8(3));
    // UTF-16 without a byte order mark: its byte order would be a guess.
    await expect(run(Buffer.from('name\nAnna\n', 'utf16le'))).rejects.toMatchObject({
      code: 'import_utf16_without_bom',
    });
    expect(await db.prisma.person.count()).toBe(0);
  });

  it('reports an unbalanced quote on its own line and imports the 48 other rows of the file', async () => {
    const { summary, errors } = await run(fixture('unbalanced-quote.csv'));
    // Data row 25 is record 26 and, after a quoted line break in row 10, line 27 of the file.
    expect(errors).toEqual([{ row: 26, column: '', message: en.imports.errors.unclosedQuote(27) }]);
    expect(summary).toMatchObject({ rows: 49, created: 48, rejected: 1, organizationsCreated: 1 });
    const saved = await db.prisma.person.findMany({ orderBy: { id: 'asc' } });
    expect(saved).toHaveLength(48);
    expect(saved.map((p) => p.name)).toEqual(expect.arrayContaining(['Lind, Alva', 'Ek, David']));
    expect(saved.every((p) => p.name.length < 30)).toBe(true);
    expect(await db.prisma.organization.findMany({ select: { name: true } })).toEqual([
      { name: 'Acme Nordic' },
    ]);
  });

  it('keeps a quoted note over lines, with separators and quotes in it, as one good row', async () => {
    const { summary, errors } = await run(
      'name,email,phone,notes\nAnna,a@x.se,0701234567,"Called, no answer,\nsaid ""call Monday"", ok"\nBo,b@x.se,,\n',
    );
    expect(errors).toEqual([]);
    expect(summary).toMatchObject({ rows: 2, created: 2, rejected: 0 });
  });

  it('reports a quote left open until the end of the file, and reads the rows after it', async () => {
    const { summary, errors } = await run('name,email\nAnna,a@x.se\n"Bo Berg,bo@x.se\nCilla,c@x.se\n');
    expect(errors).toEqual([{ row: 3, column: '', message: en.imports.errors.unclosedQuote(3) }]);
    expect(summary).toMatchObject({ rows: 3, created: 2, rejected: 1 });
  });

  it('when the database fails half-way, says truthfully what was saved before it stopped', async () => {
    class FailingOnThirdBatch extends ImportRepository {
      batches = 0;
      override applyBatch(...args: Parameters<ImportRepository['applyBatch']>) {
        if (++this.batches >= 3) return Promise.reject(new Error('connection lost'));
        return super.applyBatch(...args);
      }
    }
    const rows = Array.from({ length: 12 }, (_, i) => `Person ${i + 1},p${i + 1}@x.se`);
    rows[1] = 'Bad,not-an-address';
    const stopped = await run(`name,email\n${rows.join('\n')}\n`, {
      repository: new FailingOnThirdBatch(db.prisma),
    }).catch((error: unknown) => error);
    expect(stopped).toBeInstanceOf(ImportStopped);
    const { summary, row } = stopped as ImportStopped;
    // Batches of three good rows: rows 2, 4, 5 and 6–8 saved (row 3 refused); the batch from row 9 failed.
    expect(row).toBe(9);
    expect(summary).toMatchObject({ created: 6, rejected: 1 });
    expect(await db.prisma.person.count()).toBe(6);
  });
});
