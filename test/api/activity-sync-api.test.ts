import pg from 'pg';
import { SettableClock, workspaceOf } from '../support/fixtures/activities';
import { startTestApp, type TestApp } from '../support/test-app';
import { postgresUrl } from '../support/test-database';
import { call, createToken, eventually, readFeed } from './api-client';

// biome-ignore lint/suspicious/noExplicitAny: API answers are read loosely in tests.
type Json = Record<string, any>;

const START = new Date('2026-03-02T09:00:00Z');

/**
 * GET /activities as a sync feed: a cursor must never pass over a change, even
 * one saved by a replica whose clock is behind or committed late by another
 * process. (On PostgreSQL other sessions' open transactions may hold a change
 * back for a moment, never for good: reads follow cursors until it shows.)
 */
describe('REST API: the activity sync cursor misses no change', () => {
  let t: TestApp;
  let writer: string;
  let reader: string;
  const clock = new SettableClock(START);

  beforeAll(async () => {
    // The rate limit counts on the app's clock, which these tests move backwards: off.
    t = await startTestApp({ clock, env: { API_RATE_LIMIT_PER_MINUTE: '0' } });
    t.double.addUser({ id: 'UANNA', name: 'anna' });
    writer = await createToken(t, ['activities:write'], 'Writer');
    reader = await createToken(t, ['activities:read'], 'Sync');
    const workspace = await workspaceOf(t);
    await t.app.database.prisma.person.create({
      data: { workspaceId: workspace.id, name: 'Pia', externalId: 'P-1' },
    });
  });
  afterAll(() => t.stop());

  async function log(subject: string): Promise<Json> {
    clock.advance(1000);
    const answer = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { personExternalId: 'P-1', type: 'MEETING', subject, responsible: 'UANNA' },
    });
    expect(answer.status).toBe(201);
    return answer.body;
  }

  const page = (query: string) => call<Json>(t, 'GET', `/activities?${query}`, { token: reader });

  /** Reads from `cursor` through the last page; what was read and the cursor to go on from. */
  async function readThrough(cursor: string) {
    const { items, at } = await readFeed(t, '/activities', { token: reader, cursor });
    return { seen: items, at };
  }

  /** Reads on (again and again) until what was read has every subject `wanted`. */
  async function readOn(cursor: string, ...wanted: string[]) {
    const seen: Json[] = [];
    let at = cursor;
    await eventually(async () => {
      const read = await readThrough(at);
      seen.push(...read.seen);
      at = read.at;
      expect(seen.map((item) => item.subject)).toEqual(expect.arrayContaining(wanted));
    });
    return { seen, at };
  }

  /**
   * A page once it holds `count` items and, with `more`, says more follow. Any open transaction
   * on the server, another test file's in another database too, holds rows back briefly (the
   * feed's horizon is the server's), and a held-back third row leaves a page of two with no next.
   */
  async function pageOf(query: string, count: number, { more = false } = {}) {
    let answer = await page(query);
    await eventually(async () => {
      answer = await page(query);
      expect(answer.body.items).toHaveLength(count);
      if (more) expect(answer.body.nextCursor).toEqual(expect.any(String));
    });
    return answer;
  }

  it('a change saved with a clock behind after a page was read comes on a later page', async () => {
    const since = new Date(clock.now().getTime() + 1).toISOString();
    const first = await log('First');
    const second = await log('Second');
    await log('Third');
    const page1 = await pageOf(`limit=2&updatedSince=${since}`, 2, { more: true });
    expect(page1.body.items.map((item: Json) => item.subject)).toEqual(['First', 'Second']);
    expect(page1.body.nextCursor).toEqual(expect.any(String));

    // A replica 50 ms behind the one that saved "Second" changes "First".
    clock.set(new Date(new Date(second.updatedAt).getTime() - 50));
    const late = await call<Json>(t, 'PATCH', `/activities/${first.id}`, {
      token: writer,
      body: { subject: 'First, changed late' },
    });
    expect(late.status).toBe(200);
    expect(late.body.updatedAt < second.updatedAt).toBe(true);

    const { seen } = await readOn(page1.body.nextCursor, 'First, changed late');
    expect(seen.map((item) => item.subject)).toEqual(['Third', 'First, changed late']);
  });

  it('the resumeCursor of the last page gets later changes next time, whatever their time', async () => {
    const all = await page('limit=200');
    expect(all.body.nextCursor).toBeNull();
    const resume = all.body.resumeCursor;
    const seenBefore = all.body.items.map((item: Json) => item.id);
    clock.set(new Date('2020-01-01T00:00:00Z'));
    const old = await log('Dated years back');
    const { seen } = await readOn(resume, 'Dated years back');
    expect(seen.map((item) => item.id)).toEqual([old.id]);
    expect(seenBefore).not.toContain(old.id);
  });

  it('still honours a cursor of the earlier kind (updatedAt and id) as a time to go on from', async () => {
    clock.set(START);
    const legacy = Buffer.from(`u:${START.getTime() - 1000}:1`).toString('base64url');
    // Everything changed from that time on; the activity dated 2020 is older.
    const answer = await pageOf(`limit=200&cursor=${legacy}`, 3);
    expect(answer.body.items.map((item: Json) => item.subject).sort()).toEqual([
      'First, changed late',
      'Second',
      'Third',
    ]);
  });

  if (postgresUrl) {
    it('PostgreSQL: a change another process commits late, with an older time, is not passed over', async () => {
      const target = await log('Changed by another process');
      const { at } = await readThrough((await page('limit=200')).body.resumeCursor);
      // Another server, its clock an hour behind, changes an activity and holds its transaction open…
      const other = new pg.Client({ connectionString: t.database.url });
      await other.connect();
      try {
        await other.query('BEGIN');
        await other.query(
          `UPDATE "Activity" SET subject = 'Committed late', version = version + 1,
             "updatedAt" = now() - interval '1 hour' WHERE id = $1`,
          [target.id],
        );
        // …while this one saves two changes and a client reads a page on.
        await log('Saved meanwhile 1');
        await log('Saved meanwhile 2');
        const during = await page(`limit=1&cursor=${at}`);
        await other.query('COMMIT');
        const from = during.body.nextCursor ?? during.body.resumeCursor;
        const after = await readOn(from, 'Committed late', 'Saved meanwhile 2');
        const subjects = [...during.body.items, ...after.seen].map((item) => item.subject);
        expect(subjects).toEqual(
          expect.arrayContaining(['Saved meanwhile 1', 'Saved meanwhile 2', 'Committed late']),
        );
      } finally {
        await other.end();
      }
    });
  }
});
