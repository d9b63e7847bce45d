import { EXPORT_PAGE } from '../../../src/domain/exports/export-activities';
import { NOW, SECRET, SECRET_PERSON, seedStats } from '../../domain/stats/stats-fixture';
import { SettableClock, workspaceOf } from '../../support/fixtures/activities';
import type { UploadedFile } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

const TZ = 'Europe/Stockholm';
const BOM = '\uFEFF';

/** RFC 4180 reader for the test's own checks: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe('/activity export in Slack (product §6)', () => {
  let t: TestApp;
  let workspaceId: number;
  const prisma = () => t.app.database.prisma;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp({ clock: new SettableClock(NOW) });
    t.double.addUser({ id: 'UANNA', name: 'anna', tz: TZ });
    t.double.addUser({ id: 'UBOB', name: 'bob', tz: TZ });
    t.double.addUser({ id: 'ULEA', name: 'lea', tz: TZ });
    t.double.addUser({ id: 'UADMIN', name: 'ada', tz: TZ, is_admin: true });
    t.double.addUser({ id: 'USVEN', name: 'sven', tz: TZ, locale: 'sv-SE' });
    for (const userId of ['UANNA', 'UBOB', 'ULEA', 'UADMIN', 'USVEN'])
      await t.slack.slashCommand({ command: '/activity', text: 'help', userId });
    workspaceId = (await workspaceOf(t)).id;
    for (const employee of await prisma().employee.findMany({ where: { workspaceId } }))
      ids[employee.slackUserId] = employee.id;
    await seedStats(prisma(), workspaceId, {
      anna: ids.UANNA!,
      bob: ids.UBOB!,
      lea: ids.ULEA!,
      admin: ids.UADMIN!,
    });
  });
  afterAll(() => t.stop());

  /** Runs the export and returns the file it uploaded (and the ephemeral answer). */
  async function exportAs(userId: string, text: string): Promise<{ file: UploadedFile; content: string }> {
    const since = t.double.calls.length;
    const result = await t.slack.slashCommand({ command: '/activity', text: `export ${text}`, userId });
    expect(result.ack?.response_type).toBe('ephemeral');
    const complete = await t.double.waitForCall('files.completeUploadExternal', undefined, { since });
    await t.double.waitForCall('response_url', undefined, { since });
    const fileId = String((complete.args.files as { id: string }[])[0]?.id);
    const file = t.double.uploadedFiles().find((f) => f.id === fileId)!;
    return { file, content: t.double.fileContent(fileId) ?? '' };
  }

  async function answerOnly(userId: string, text: string): Promise<string> {
    const since = t.double.calls.length;
    await t.slack.slashCommand({ command: '/activity', text: `export ${text}`, userId });
    const call = await t.double.waitForCall('response_url', undefined, { since });
    await t.app.idle();
    expect(t.double.calls.slice(since).filter((c) => c.method === 'files.getUploadURLExternal')).toEqual([]);
    return JSON.stringify(call.args);
  }

  it('uploads an English CSV to the requester’s DM: BOM, commas, a header in English, å/ä/ö intact', async () => {
    const { file, content } = await exportAs('UANNA', 'month');
    expect(file.channelId).toBe(t.double.dmChannelFor('UANNA'));
    expect(file.filename).toBe('touchbase-2026-03-01_2026-03-31.csv');
    expect(file.length).toBe(file.bytes?.length);
    expect(file.bytes?.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(content.startsWith(BOM)).toBe(true);
    const rows = parseCsv(content.slice(1), ',');
    expect(rows[0]).toEqual([
      'Id',
      'Type',
      'Subject',
      'Status',
      'Person',
      'Organization',
      `Start (${TZ})`,
      `End (${TZ})`,
      'Responsible',
      'Notes',
      'Only visible to responsible',
      `Created (${TZ})`,
      'Created by',
      `Updated (${TZ})`,
      'Source',
    ]);
    // Everyone's public March activities and Anna's own private one; not Bob's private one.
    expect(rows).toHaveLength(1 + 9);
    expect(file.initialComment).toContain('9 activities');
    expect(content).toContain('Åsa Bäck-Öberg');
    expect(content).toContain(SECRET);
    expect(content).not.toContain('Bob private');
    // Local times: a4 started 23:30 UTC on 28 February, 00:30 on 1 March in Stockholm; sorted by start.
    expect(rows[1]?.[6]).toBe('2026-03-01 00:30');
    const starts = rows.slice(1).map((r) => r[6]!);
    expect(starts).toEqual([...starts].sort());
  });

  it('writes Swedish with semicolons and Swedish headers and statuses', async () => {
    const { content } = await exportAs('USVEN', '2026-03');
    const rows = parseCsv(content.slice(1), ';');
    expect(rows[0]?.slice(0, 5)).toEqual(['Id', 'Typ', 'Ämne', 'Status', 'Person']);
    expect(rows[0]).toContain('Endast synlig för ansvarig');
    expect(rows.slice(1).map((r) => r[3])).toContain('Ej påbörjad');
    expect(content).not.toContain(SECRET);
    expect(content).not.toContain(SECRET_PERSON);
    expect(rows).toHaveLength(1 + 8);
  });

  it('exports exactly what the requester may see: Bob gets his private one, never Anna’s', async () => {
    const { content } = await exportAs('UBOB', '');
    expect(content).toContain('Bob private');
    expect(content).not.toContain(SECRET);
    expect(content).not.toContain(SECRET_PERSON);
    // An admin sees no private activity but their own either (product §3.4).
    const admin = await exportAs('UADMIN', '');
    expect(admin.content).not.toContain(SECRET);
    expect(admin.content).not.toContain('Bob private');
  });

  it('narrows by person, team and type', async () => {
    const bob = parseCsv((await exportAs('UANNA', 'month <@UBOB|bob>')).content.slice(1), ',');
    expect(bob.slice(1).map((r) => r[8])).toEqual(['bob']);
    const team = parseCsv((await exportAs('UBOB', '#sales-north')).content.slice(1), ',');
    expect(new Set(team.slice(1).map((r) => r[8]))).toEqual(new Set(['anna', 'lea']));
    const meetings = parseCsv((await exportAs('UANNA', 'meeting')).content.slice(1), ',');
    expect(meetings.slice(1).map((r) => r[1])).toEqual(['Meeting', 'Meeting']);
  });

  it('quotes separators, quotes and line breaks, and disarms formulas', async () => {
    const person = await prisma().person.create({ data: { workspaceId, name: 'Comma, "Quoted" Person' } });
    const type = await prisma().activityType.findFirstOrThrow({ where: { workspaceId, key: 'EMAIL' } });
    await prisma().activity.create({
      data: {
        workspaceId,
        personId: person.id,
        typeId: type.id,
        subject: '=HYPERLINK("http://evil")',
        notes: 'line one\nline two; with "quotes"',
        startAt: new Date('2024-05-02T10:00:00Z'),
        dueAt: new Date('2024-05-02T10:00:00Z'),
        responsibleId: ids.UANNA!,
        creatorId: ids.UANNA!,
      },
    });
    const { content } = await exportAs('UANNA', '2024-05');
    const rows = parseCsv(content.slice(1), ',');
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[2]).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[1]?.[4]).toBe('Comma, "Quoted" Person');
    expect(rows[1]?.[9]).toBe('line one\nline two; with "quotes"');
    expect(rows[1]?.[12]).toBe('anna');
  });

  it('reads a large export page by page and says how many rows it holds', async () => {
    const person = await prisma().person.findFirstOrThrow({ where: { workspaceId } });
    const type = await prisma().activityType.findFirstOrThrow({ where: { workspaceId, key: 'SMS' } });
    const count = EXPORT_PAGE * 2 + 345;
    // Many share a start, so the (start, id) position between pages matters.
    // In one statement: thousands of rows through Prisma's createMany cost seconds of CPU.
    await t.app.database.sql.query(
      `INSERT INTO "Activity" ("workspaceId", "personId", "typeId", subject, "startAt", "dueAt",
         "responsibleId", "creatorId", "updatedAt")
       SELECT $1, $2, $3, 'Bulk ' || i, day, day, $4, $4, now()
       FROM generate_series(0, $5 - 1) AS i,
         LATERAL (SELECT timestamp '2023-10-01 08:00' + (i % 20) * interval '1 day' AS day) AS d`,
      [workspaceId, person.id, type.id, ids.UBOB!, count],
    );
    const { file, content } = await exportAs('UANNA', '2023-10');
    const rows = parseCsv(content.slice(1), ',');
    expect(rows).toHaveLength(1 + count);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(count);
    expect(file.initialComment).toContain(`${count} activities`);
  });

  it('says when there is nothing to export, and explains a bad request', async () => {
    expect(await answerOnly('UANNA', '2019-01')).toContain('No activities you can see in January 2019');
    const bad = await answerOnly('USVEN', '2026-03-05..2026-03-01');
    expect(bad).toContain('Intervallet slutar innan det börjar.');
    expect(bad).toContain('/activity export');
  });
});
