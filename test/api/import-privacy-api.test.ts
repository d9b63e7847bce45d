import fs from 'node:fs';
import path from 'node:path';
import { messages } from '../../src/i18n';
import { workspaceOf } from '../support/fixtures/activities';
import { addActivity, viewerFor } from '../support/fixtures/contacts';
import { startTestApp, type TestApp } from '../support/test-app';
import { call, createToken } from './api-client';

const CSV_DIR = path.join(__dirname, '..', 'support', 'fixtures', 'csv');

describe('API: POST /import and data protection (product §7.3, 8)', () => {
  let t: TestApp;
  let writer: string;
  let reader: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    writer = await createToken(t, ['contacts:write'], 'CRM sync');
    reader = await createToken(t, ['contacts:read', 'contacts:write', 'activities:read'], 'Reader');
    admin = await createToken(t, ['admin'], 'HR system');
  });
  afterAll(() => t.stop());

  const prisma = () => t.app.database.prisma;
  const csv = (raw: string, token = writer, headers: Record<string, string> = {}) =>
    call(t, 'POST', '/import', { token, raw, headers: { 'content-type': 'text/csv', ...headers } });

  it('imports a CSV body and answers with the summary and the per-row errors in the caller’s language', async () => {
    const file = fs.readFileSync(path.join(CSV_DIR, 'sv-semicolon-bom.csv'), 'utf8');
    const answer = await csv(file, writer, { 'accept-language': 'sv-SE' });
    expect(answer.status).toBe(200);
    const sv = messages('sv').contacts.errors;
    expect(answer.body).toEqual({
      rows: 6,
      created: 3,
      updated: 0,
      unchanged: 0,
      rejected: 3,
      organizationsCreated: 2,
      ignoredColumns: ['Anteckning'],
      encoding: 'utf-8',
      errors: [
        { row: 3, column: 'E-post', message: sv.emailInvalid },
        { row: 4, column: 'Namn', message: sv.nameRequired },
        { row: 6, column: 'Telefon', message: sv.phoneInvalid },
        { row: 6, column: 'Organisationsnummer', message: sv.orgNumberCheckDigit },
      ],
      errorsTruncated: false,
    });
    expect(await prisma().person.count()).toBe(3);
    const again = await csv(file);
    expect(again.body).toMatchObject({ created: 0, unchanged: 3, rejected: 3 });
  });

  it('refuses without the contacts:write scope, a JSON body, a file with no name column, and a body over 20 MB', async () => {
    const before = await prisma().person.count();
    expect(
      (await call(t, 'POST', '/import', { raw: 'name\nX\n', headers: { 'content-type': 'text/csv' } }))
        .status,
    ).toBe(401);
    expect((await csv('name\nX\n', admin)).status).toBe(403);
    expect((await call(t, 'POST', '/import', { token: writer, body: { name: 'X' } })).status).toBe(415);
    const noName = await csv('email\nx@y.se\n');
    expect(noName.status).toBe(422);
    expect(noName.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(noName.body)).toContain(messages('en').imports.errors.noNameColumn);
    const line = 'Someone Somebody,someone@example.com,070-000 00 00\n';
    const huge = `name,email,phone\n${line.repeat(Math.ceil((21 * 1024 * 1024) / line.length))}`;
    expect((await csv(huge)).status).toBe(413);
    expect(await prisma().person.count()).toBe(before);
  });

  it('answers at most 1000 errors, and says the list was cut', async () => {
    const bad = `name,email\n${'Bad,not-an-address\n'.repeat(1005)}`;
    const answer = await csv(bad);
    expect(answer.body).toMatchObject({ rejected: 1005, errorsTruncated: true });
    expect((answer.body.errors as unknown[]).length).toBe(1000);
  });

  it('exports and erases a person for an admin token only; the audit log names the token, not the person', async () => {
    const workspace = await workspaceOf(t);
    const person = await prisma().person.create({
      data: { workspaceId: workspace.id, name: 'Gunilla Gdpr', email: 'gunilla@kund.se', externalId: 'HR-1' },
    });
    const responsible = await viewerFor(prisma(), workspace.id, 'USALES');
    await addActivity(prisma(), {
      workspaceId: workspace.id,
      personId: person.id,
      responsibleId: responsible.employeeId,
      subject: 'Private talk with Gunilla',
      startAt: new Date('2026-03-01T10:00:00Z'),
      isPrivate: true,
    });
    expect((await call(t, 'GET', `/privacy/persons/${person.id}/export`, { token: reader })).status).toBe(
      403,
    );
    expect((await call(t, 'DELETE', `/privacy/persons/${person.id}`, { token: reader })).status).toBe(403);

    const exported = await call(t, 'GET', `/privacy/persons/${person.id}/export`, { token: admin });
    expect(exported.status).toBe(200);
    expect(exported.body).toMatchObject({
      person: { id: person.id, name: 'Gunilla Gdpr', email: 'gunilla@kund.se', externalId: 'HR-1' },
      organization: null,
      activities: [{ subject: 'Private talk with Gunilla', private: true, history: [] }],
    });

    const erased = await call(t, 'DELETE', `/privacy/persons/${person.id}`, { token: admin });
    expect(erased.status).toBe(200);
    expect(erased.body).toEqual({
      activities: 1,
      historyEntries: 0,
      redactedHistoryEntries: 0,
      storedApiAnswers: 0,
    });
    expect(await prisma().person.count({ where: { id: person.id } })).toBe(0);
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { action: 'person.erased' } });
    expect(audit.actorLabel).toBe('API token “HR system”');
    expect(JSON.stringify(audit)).not.toMatch(/Gunilla|gunilla|HR-1/);

    const gone = await call(t, 'DELETE', `/privacy/persons/${person.id}`, { token: admin });
    expect(gone.status).toBe(404);
    expect((await call(t, 'GET', '/privacy/persons/abc/export', { token: admin })).status).toBe(422);
  });

  it('erasing a person deletes the stored API answers about them, so replaying a key shows nothing of them', async () => {
    t.double.addUser({ id: 'UNURSE', name: 'nurse' });
    const sync = await createToken(t, ['activities:write'], 'Clinic sync');
    const workspace = await workspaceOf(t);
    // A name of three letters: the erasure must not depend on how long a name is.
    const eva = await prisma().person.create({
      data: { workspaceId: workspace.id, name: 'Eva', externalId: 'PAT-7' },
    });
    const logged = { token: sync, headers: { 'idempotency-key': 'visit-1' } };
    const body = {
      personExternalId: 'PAT-7',
      type: 'MEETING',
      subject: 'Check-up',
      notes: 'Eva has diabetes',
      responsible: 'UNURSE',
    };
    const created = await call(t, 'POST', '/activities', { ...logged, body });
    expect(created.status).toBe(201);
    const patched = { token: sync, headers: { 'idempotency-key': 'visit-1-notes' } };
    const patch = { notes: 'Eva has diabetes, type 2' };
    expect(
      (await call(t, 'PATCH', `/activities/${created.body.id}`, { ...patched, body: patch })).status,
    ).toBe(200);

    const erased = await call(t, 'DELETE', `/privacy/persons/${eva.id}`, { token: admin });
    expect(erased.body).toMatchObject({ activities: 1, storedApiAnswers: 2 });
    const stored = await prisma().idempotencyKey.findMany();
    expect(JSON.stringify(stored)).not.toMatch(/Eva|diabetes/);

    const replayed = await call(t, 'POST', '/activities', { ...logged, body });
    expect(replayed.headers.get('idempotent-replayed')).toBeNull();
    expect(replayed.status).toBe(422);
    const replayedPatch = await call(t, 'PATCH', `/activities/${created.body.id}`, {
      ...patched,
      body: patch,
    });
    expect(replayedPatch.status).toBe(404);
    expect(JSON.stringify([replayed.body, replayedPatch.body])).not.toMatch(/Eva|diabetes/);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = await call<{ paths: Record<string, Record<string, unknown>> }>(t, 'GET', '/openapi.json');
    expect(Object.keys(doc.body.paths['/import'] ?? {})).toEqual(['post']);
    expect(Object.keys(doc.body.paths['/privacy/persons/{id}/export'] ?? {})).toEqual(['get']);
    expect(Object.keys(doc.body.paths['/privacy/persons/{id}'] ?? {})).toEqual(['delete']);
  });
});
