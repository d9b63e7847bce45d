import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runImport } from '../../src/cli/import-command';
import { type Database, openDatabase } from '../../src/db/database';
import { resolveDatabaseTarget } from '../../src/db/database-target';
import { WorkspaceRepository } from '../../src/db/repositories/workspace-repository';
import { WorkspaceService } from '../../src/domain/workspaces/workspace-service';
import { messages } from '../../src/i18n';
import { nodeArgsFor } from '../support/app-process';
import { seedPgliteDataDir } from '../support/database-template';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const ROOT = path.join(__dirname, '..', '..');
const CSV_DIR = path.join(__dirname, '..', 'support', 'fixtures', 'csv');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `npm run import` as a real process (the built dist/src/cli/import.js when current, else through
 * tsx): for what only a process shows (its exit code, its streams as pipes, its environment).
 */
function runProcess(args: string[], env: Record<string, string>) {
  return new Promise<Run>((resolve) => {
    const child = spawn(process.execPath, [...nodeArgsFor('src/cli/import.ts'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    // 'close' comes after the last output, unlike 'exit'.
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * The same command in this process, through the function the process runs (it only adds reading
 * .env and exiting with the answer): the other cases, without 2.5 s of CPU each to start another
 * Node, load the app's modules and compile PGlite there. Output streams that are no terminal, as
 * the process's pipes.
 */
async function runInProcess(args: string[], env: Record<string, string>): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runImport(args, {
    env,
    stdout: {
      write: (text) => {
        stdout += text;
      },
    },
    stderr: {
      write: (text) => {
        stderr += text;
      },
    },
  });
  return { code, stdout, stderr };
}

describe('npm run import (CLI)', () => {
  let dir: string;
  let created: TestDatabase;
  let env: Record<string, string>;

  // PGlite allows one process per directory: the test opens the database only while the CLI is not running.
  async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
    const db = await openDatabase(resolveDatabaseTarget(env.DATABASE_URL, env.DATA_DIR as string));
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  }
  const ensureWorkspace = (teamId: string, locale: 'sv' | 'en') =>
    withDatabase((db) =>
      new WorkspaceService(new WorkspaceRepository(db.prisma), {
        locale,
        timezone: 'Europe/Stockholm',
        holidayCountry: null,
      }).ensure(teamId, `Team ${teamId}`),
    );

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchbase-import-'));
    created = await createTestDatabase();
    // Embedded: a migrated copy in the directory the CLI opens, so no process runs initdb.
    if (created.kind === 'pglite') await seedPgliteDataDir(dir);
    env =
      created.kind === 'postgres'
        ? { DATABASE_URL: created.url as string, DATA_DIR: dir }
        : { DATA_DIR: dir };
  });
  afterAll(async () => {
    await created.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('as a process, explains its usage and a missing file, exits 1, and changes nothing', async () => {
    const usage = await runProcess([], env);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain(messages('en').imports.cli.usage);
    const missing = await runProcess([path.join(dir, 'nope.csv')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
  });

  it('says when there is no workspace yet', async () => {
    const file = path.join(dir, 'contacts.csv');
    fs.writeFileSync(file, 'name\nAnna\n');
    const result = await runInProcess([file], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(messages('en').imports.cli.noWorkspace);
  });

  it('as a process, imports a Swedish file into the only workspace: summary, first problems on screen, error file beside it, exit code 2', async () => {
    await ensureWorkspace('TSVENSKA', 'sv');
    const file = path.join(dir, 'kontakter.csv');
    fs.copyFileSync(path.join(CSV_DIR, 'sv-semicolon-bom.csv'), file);
    const result = await runProcess([file], env);
    expect(result.code).toBe(2);
    const sv = messages('sv');
    expect(result.stdout).toContain(
      sv.imports.cli.summary({ rows: 6, created: 3, updated: 0, unchanged: 0, rejected: 3 }),
    );
    expect(result.stdout).toContain(sv.imports.cli.errorLine(3, 'E-post', sv.contacts.errors.emailInvalid));
    expect(result.stdout).toContain(sv.imports.cli.ignoredColumns('Anteckning'));
    // Not a terminal: plain progress lines on stderr, no bar.
    expect(result.stderr).toContain(sv.imports.cli.progress(6, 100));
    expect(result.stderr).not.toContain('\r');
    const report = fs.readFileSync(`${file}.errors.csv`, 'utf8');
    expect(report.split('\r\n')).toEqual([
      '\uFEFFrad;kolumn;meddelande',
      `3;E-post;${sv.contacts.errors.emailInvalid}`,
      `4;Namn;${sv.contacts.errors.nameRequired}`,
      // This message holds the separator, so it is quoted.
      `6;Telefon;"${sv.contacts.errors.phoneInvalid}"`,
      `6;Organisationsnummer;${sv.contacts.errors.orgNumberCheckDigit}`,
      '',
    ]);
    const names = await withDatabase((db) => db.prisma.person.findMany({ orderBy: { id: 'asc' } }));
    expect(names.map((p) => p.name)).toEqual(['Åsa Öberg', 'Cilla Carlsson', 'Eva "Evi" Ek']);

    // Run again: everything unchanged, and the stale error file is replaced by this run's.
    const again = await runInProcess([file], env);
    expect(again.stdout).toContain(
      sv.imports.cli.summary({ rows: 6, created: 0, updated: 0, unchanged: 3, rejected: 3 }),
    );
  });

  it('needs --workspace once there are several, and imports into the one named', async () => {
    await ensureWorkspace('TENGLISH', 'en');
    const file = path.join(dir, 'contacts.csv');
    fs.copyFileSync(path.join(CSV_DIR, 'en-comma-quoted.csv'), file);
    const ambiguous = await runInProcess([file], env);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('--workspace (TSVENSKA, TENGLISH)');
    const unknown = await runInProcess([file, '--workspace', 'TNOPE'], env);
    expect(unknown.code).toBe(1);
    const result = await runInProcess([file, '--workspace', 'TENGLISH'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      messages('en').imports.cli.summary({ rows: 3, created: 2, updated: 1, unchanged: 0, rejected: 0 }),
    );
    expect(fs.existsSync(`${file}.errors.csv`)).toBe(false);
    const english = await withDatabase((db) =>
      db.prisma.person.findMany({
        where: { workspace: { slackTeamId: 'TENGLISH' } },
        orderBy: { id: 'asc' },
      }),
    );
    expect(english.map((p) => p.name)).toEqual(['Andersson, Anna', 'Bertil Berg']);
  });

  /** A 1,200-row file (more than two batches of 500) with a NUL byte in row 700. */
  function nulFile(file: string): void {
    const rows = Array.from({ length: 1200 }, (_, i) => {
      const n = i + 2;
      return `${n === 700 ? 'Nul\u0000 Person' : `Person ${n}`},nul${n}@example.com`;
    });
    fs.writeFileSync(file, `name,email\n${rows.join('\n')}\n`);
  }
  const personNames = (teamId: string) =>
    withDatabase(async (db) =>
      (
        await db.prisma.person.findMany({
          where: { workspace: { slackTeamId: teamId } },
          orderBy: { id: 'asc' },
          select: { name: true },
        })
      ).map((p) => p.name),
    );

  it('refuses only the row with a NUL byte, by its number, and imports the rest of a 1,200-row file', async () => {
    const file = path.join(dir, 'nul.csv');
    nulFile(file);
    const result = await runInProcess([file, '--workspace', 'TENGLISH'], env);
    const en = messages('en');
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(
      en.imports.cli.summary({ rows: 1200, created: 1199, updated: 0, unchanged: 0, rejected: 1 }),
    );
    expect(result.stdout).toContain(en.imports.cli.errorLine(700, 'name', en.imports.errors.nulCharacter));
    const names = await personNames('TENGLISH');
    expect(names).toHaveLength(1199 + 2);
    expect(names).toContain('Person 1201');
    expect(names.some((name) => name.includes('\u0000'))).toBe(false);
  });

  it('reads UTF-16 LE with a byte order mark and Windows-1252 with their letters intact', async () => {
    const sv = messages('sv');
    const utf16 = path.join(dir, 'unicode.csv');
    fs.copyFileSync(path.join(CSV_DIR, 'utf16le-bom.csv'), utf16);
    const unicode = await runInProcess([utf16, '--workspace', 'TSVENSKA'], env);
    expect(unicode.code).toBe(0);
    expect(unicode.stdout).toContain(
      sv.imports.cli.summary({ rows: 3, created: 3, updated: 0, unchanged: 0, rejected: 0 }),
    );
    expect(unicode.stdout).toContain(sv.imports.cli.readAs('utf-16le'));

    const excel = path.join(dir, 'excel.csv');
    fs.copyFileSync(path.join(CSV_DIR, 'windows-1252-sv.csv'), excel);
    const windows = await runInProcess([excel, '--workspace', 'TSVENSKA'], env);
    expect(windows.code).toBe(0);
    expect(windows.stdout).toContain(
      sv.imports.cli.summary({ rows: 4, created: 4, updated: 0, unchanged: 0, rejected: 0 }),
    );
    expect(windows.stdout).toContain(sv.imports.cli.readAs('windows-1252'));
    const names = await personNames('TSVENSKA');
    expect(names).toEqual(
      expect.arrayContaining(['Åsa Öberg', 'Björn Ström', 'Karin Östergren', 'Per Åberg', 'Lena Ängelholm']),
    );
    expect(names.some((name) => name.includes('\uFFFD'))).toBe(false);
  });

  it('refuses a file in an encoding it cannot be sure of, in the workspace’s language, and imports nothing', async () => {
    const file = path.join(dir, 'mac.csv');
    // Swedish letters as Mac Roman writes them (ö = 0x9A, Å = 0x81).
    fs.writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('Namn\nBj'),
        Buffer.from([0x9a]),
        Buffer.from('rn '),
        Buffer.from([0x81, 0x9a]),
      ]),
    );
    const before = await personNames('TSVENSKA');
    const result = await runInProcess([file, '--workspace', 'TSVENSKA'], env);
    const sv = messages('sv');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(sv.imports.cli.failed(sv.imports.errors.unknownEncoding(2)));
    expect(await personNames('TSVENSKA')).toEqual(before);
  });

  it('reports an unbalanced quote by row and line and imports the other 48 rows of the file', async () => {
    const file = path.join(dir, 'quote.csv');
    fs.copyFileSync(path.join(CSV_DIR, 'unbalanced-quote.csv'), file);
    const result = await runInProcess([file, '--workspace', 'TENGLISH'], env);
    const en = messages('en');
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(
      en.imports.cli.summary({ rows: 49, created: 48, updated: 0, unchanged: 0, rejected: 1 }),
    );
    expect(result.stdout).toContain(en.imports.cli.errorLine(26, '', en.imports.errors.unclosedQuote(27)));
    expect(fs.readFileSync(`${file}.errors.csv`, 'utf8')).toContain(
      '26,,"Line 27: a field starts with a quote',
    );
  });

  it('stops at a row the database refuses, says what it saved before, and exits 3', async () => {
    // A rule only the database knows stands in for a database failing part-way: no row's content
    // explains the failure to the import, so it stops rather than refusing the row.
    const rule = 'import_cli_test_refuses_stopper';
    await withDatabase((db) =>
      db.sql.exec(`ALTER TABLE "Person" ADD CONSTRAINT ${rule} CHECK (name <> 'Stopper') NOT VALID`),
    );
    try {
      const file = path.join(dir, 'stop.csv');
      fs.writeFileSync(
        file,
        'name,email\nFirst Row,first@example.com\nSecond Row,second@example.com\nStopper,stop@example.com\nAfter Stop,after@example.com\n',
      );
      const result = await runInProcess([file, '--workspace', 'TENGLISH'], env);
      const en = messages('en');
      expect(result.code).toBe(3);
      expect(result.stdout).toContain(
        en.imports.cli.summary({ rows: 4, created: 2, updated: 0, unchanged: 0, rejected: 0 }),
      );
      const [before, after] = en.imports.cli.stopped(4, '\0').split('\0');
      expect(result.stderr).toContain(before);
      expect(result.stderr).toContain(after);
      const names = await personNames('TENGLISH');
      expect(names).toEqual(expect.arrayContaining(['First Row', 'Second Row']));
      expect(names).not.toContain('After Stop');
    } finally {
      await withDatabase((db) => db.sql.exec(`ALTER TABLE "Person" DROP CONSTRAINT ${rule}`));
    }
  });
});
