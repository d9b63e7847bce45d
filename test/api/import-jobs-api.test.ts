import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { messages } from '../../src/i18n';
import { workspaceOf } from '../support/fixtures/activities';
import { keepTestDatabase } from '../support/kept-database';
import { startTestApp, type TestApp } from '../support/test-app';
import { type ApiAnswer, call, createToken, eventually } from './api-client';

const CSV_DIR = path.join(__dirname, '..', 'support', 'fixtures', 'csv');
const en = messages('en');
const sv = messages('sv');

// biome-ignore lint/suspicious/noExplicitAny: API answers are read loosely in tests.
type Json = Record<string, any>;

/** A contact file of `rows` rows (every 500th e-mail invalid), well over the 128 KB answered at once. */
function contactsCsv(rows: number): string {
  const lines = ['Namn;E-post;Telefon;Organisation;Externt id'];
  for (let i = 1; i <= rows; i++) {
    const email = i % 500 === 0 ? `bad-address-${i}` : `job${i}@example.se`;
    lines.push(
      `Person ${i} Åberg;${email};070-${String(1_000_000 + i).slice(-7)};Företag ${Math.ceil(i / 50)} AB;JOB-${i}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('API: imports of real-world files, and large imports as jobs', () => {
  let t: TestApp;
  let writer: string;
  let reader: string;
  // Kept open for the file (embedded, lent to each app), so a second app finds what the first left.
  const database = keepTestDatabase();
  let finishedJob: string;

  beforeAll(async () => {
    t = await startTestApp({ database });
    writer = await createToken(t, ['contacts:write'], 'CRM sync');
    reader = await createToken(t, ['contacts:read'], 'Reader');
  });
  afterAll(async () => {
    await t?.stop();
  });

  const prisma = () => t.app.database.prisma;
  async function postCsv(
    body: string | Buffer,
    headers: Record<string, string> = {},
  ): Promise<ApiAnswer<Json>> {
    const response = await fetch(`${t.baseUrl}/api/v1/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${writer}`, 'content-type': 'text/csv', ...headers },
      body,
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
  }
  const getJob = (id: string, token = writer) => call<Json>(t, 'GET', `/import/${id}`, { token });
  async function finished(id: string): Promise<Json> {
    let job: Json = {};
    await eventually(async () => {
      job = (await getJob(id)).body;
      expect(job.status).not.toBe('running');
    });
    return job;
  }

  it('refuses only the row with a NUL byte in a 1,200-row file, and imports the rest', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => {
      const n = i + 2;
      return `${n === 700 ? 'Nul\u0000 Person' : `Person ${n}`},nul${n}@example.com`;
    });
    const answer = await postCsv(`name,email\n${rows.join('\n')}\n`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      rows: 1200,
      created: 1199,
      rejected: 1,
      errors: [{ row: 700, column: 'name', message: en.imports.errors.nulCharacter }],
      errorsTruncated: false,
    });
    expect(await prisma().person.count({ where: { email: { startsWith: 'nul' } } })).toBe(1199);
  });

  it('reads Windows-1252 (Excel’s “CSV” in Sweden) and UTF-16 LE with their letters intact', async () => {
    const excel = await postCsv(fs.readFileSync(path.join(CSV_DIR, 'windows-1252-sv.csv')));
    expect(excel.status).toBe(200);
    expect(excel.body).toMatchObject({ created: 4, rejected: 0, encoding: 'windows-1252' });
    const unicode = await postCsv(fs.readFileSync(path.join(CSV_DIR, 'utf16le-bom.csv')));
    expect(unicode.body).toMatchObject({ created: 3, rejected: 0, encoding: 'utf-16le' });
    const names = (await prisma().person.findMany({ select: { name: true } })).map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(['Karin Östergren', 'Per Åberg', 'Lena Ängelholm', 'Åsa Öberg', 'Björn Ström']),
    );
    expect(names.some((name) => name.includes('\uFFFD'))).toBe(false);
  });

  it('inflates a gzip body, as it did before bodies were streamed', async () => {
    const answer = await postCsv(gzipSync(Buffer.from('name,email\nGzip Gustafsson,gzip@example.com\n')), {
      'content-encoding': 'gzip',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ created: 1, rejected: 0 });
  });

  it('answers a file whose encoding it cannot be sure of with a problem naming it, and stores nothing', async () => {
    const before = await prisma().person.count();
    const macRoman = Buffer.concat([Buffer.from('Namn\nBj'), Buffer.from([0x9a]), Buffer.from('rn\n')]);
    const answer = await postCsv(macRoman, { 'accept-language': 'sv-SE' });
    expect(answer.status).toBe(422);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body).toMatchObject({
      type: 'urn:touchbase:problem:import-unknown-encoding',
      detail: sv.imports.errors.unknownEncoding(2),
    });
    expect(await prisma().person.count()).toBe(before);
  });

  it('reports an unbalanced quote by row and line, and imports the other 48 rows', async () => {
    const answer = await postCsv(fs.readFileSync(path.join(CSV_DIR, 'unbalanced-quote.csv')));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      rows: 49,
      created: 48,
      rejected: 1,
      errors: [{ row: 26, column: '', message: en.imports.errors.unclosedQuote(27) }],
    });
  });

  it('takes a large file as a job: 202 with its status URL, then progress, the summary and every error’s row', async () => {
    const rows = 5000;
    const body = contactsCsv(rows);
    expect(Buffer.byteLength(body)).toBeGreaterThan(128 * 1024);
    const accepted = await postCsv(body, { 'accept-language': 'sv' });
    expect(accepted.status).toBe(202);
    const location = accepted.headers.get('location') ?? '';
    expect(location).toMatch(/^\/api\/v1\/import\/[0-9a-f-]{36}$/);
    expect(accepted.body).toMatchObject({
      status: 'running',
      progress: { bytesTotal: Buffer.byteLength(body) },
      finishedAt: null,
    });
    const id = location.split('/').at(-1) as string;
    expect(accepted.body.id).toBe(id);

    const job = await finished(id);
    expect(job).toMatchObject({
      status: 'done',
      problem: null,
      progress: { percent: 100, rows, bytesRead: Buffer.byteLength(body) },
      result: { rows, created: rows - 10, rejected: 10, encoding: 'utf-8', errorsTruncated: false },
    });
    // Row numbers as in a spreadsheet (the header is row 1), messages in the caller's language.
    expect(job.result.errors.map((e: Json) => e.row)).toEqual(
      Array.from({ length: 10 }, (_, i) => (i + 1) * 500 + 1),
    );
    expect(job.result.errors[0]).toEqual({
      row: 501,
      column: 'E-post',
      message: sv.contacts.errors.emailInvalid,
    });
    expect(await prisma().person.count({ where: { externalId: { startsWith: 'JOB-' } } })).toBe(rows - 10);
    finishedJob = id;

    // Small bodies are answered at once, unless the caller prefers a job.
    const small = await postCsv('name\nPreferring Async\n', { prefer: 'respond-async' });
    expect(small.status).toBe(202);
    expect((await finished(small.body.id)).result).toMatchObject({ created: 1 });
  });

  it('shows a job only to tokens that may import, in its own workspace', async () => {
    expect((await getJob(finishedJob, reader)).status).toBe(403);
    const unknown = await getJob(randomUUID());
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect((await getJob('not-a-job')).status).toBe(422);
  });

  it('keeps a job’s result after a restart, and marks a job whose process died as interrupted', async () => {
    const workspace = await workspaceOf(t);
    const crashed = randomUUID();
    await prisma().importJob.create({
      data: {
        id: crashed,
        workspaceId: workspace.id,
        locale: 'en',
        bytesTotal: 1000,
        bytesRead: 400,
        summary: {
          rows: 3,
          created: 3,
          updated: 0,
          unchanged: 0,
          rejected: 0,
          organizationsCreated: 0,
          ignoredColumns: [],
          encoding: 'utf-8',
        },
        // Its process stopped writing ten minutes ago.
        heartbeatAt: new Date(Date.now() - 10 * 60_000),
      },
    });
    const first = t.database;
    await t.stop();
    // The same database as it was, not emptied: what a restarted process finds.
    t = await startTestApp({ database: { fresh: async () => first } });
    expect((await getJob(finishedJob)).body).toMatchObject({ status: 'done', result: { rows: 5000 } });
    const interrupted = (await getJob(crashed)).body;
    expect(interrupted).toMatchObject({
      status: 'interrupted',
      problem: en.imports.jobs.interrupted,
      progress: { bytesRead: 400, bytesTotal: 1000 },
      result: { created: 3 },
    });
    expect(interrupted.finishedAt).not.toBeNull();
  });

  it('documents the job routes in the OpenAPI document', async () => {
    const doc = await call<Json>(t, 'GET', '/openapi.json');
    expect(Object.keys(doc.body.paths['/import/{jobId}'])).toEqual(['get']);
    expect(Object.keys(doc.body.paths['/import'].post.responses)).toEqual(
      expect.arrayContaining(['200', '202', '413', '422']),
    );
  });
});
