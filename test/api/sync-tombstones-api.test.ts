import { activitySlack, SettableClock } from '../support/fixtures/activities';
import { startTestApp, type TestApp } from '../support/test-app';
import { call, createToken, eventually, readFeed } from './api-client';

// biome-ignore lint/suspicious/noExplicitAny: API answers are read loosely in tests.
type Json = Record<string, any>;

const START = new Date('2026-03-02T09:00:00Z');
const DAY = 86_400_000;

/**
 * The sync feeds tell a syncing system what to drop: an activity deleted (in the
 * trash or for good) or made private, a person erased — each as a change in
 * commit order, on the same cursor as every other change.
 */
describe('REST API: sync feeds with tombstones', () => {
  let t: TestApp;
  let slack: ReturnType<typeof activitySlack>;
  let writer: string;
  let reader: string;
  let admin: string;
  const clock = new SettableClock(START);

  beforeAll(async () => {
    t = await startTestApp({ clock, env: { API_RATE_LIMIT_PER_MINUTE: '0' } });
    slack = activitySlack(t);
    t.double.addUser({ id: 'UANNA', name: 'anna' });
    writer = await createToken(t, ['activities:write', 'contacts:write'], 'Writer');
    reader = await createToken(t, ['activities:read', 'contacts:read'], 'Sync');
    admin = await createToken(t, ['admin'], 'Privacy');
    await call(t, 'PUT', '/persons/P-1', { token: writer, body: { name: 'Pia Kund', email: 'pia@kund.se' } });
  });
  afterAll(() => t.stop());

  async function log(subject: string, personExternalId = 'P-1'): Promise<Json> {
    clock.advance(1000);
    const answer = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: { personExternalId, type: 'MEETING', subject, responsible: 'UANNA' },
    });
    expect(answer.status).toBe(201);
    return answer.body;
  }

  /** Every page from `cursor` on, as the sync client reads it; the items and the cursor to go on from. */
  const readThrough = (feed: string, cursor: string | null, query = 'limit=2') =>
    readFeed(t, feed, { token: reader, cursor, query });

  /** Reads on from `cursor` until the feed has `count` new items (another session may hold a commit back briefly). */
  async function next(feed: string, cursor: string, count: number) {
    let read = { items: [] as Json[], at: cursor };
    await eventually(async () => {
      read = await readThrough(feed, cursor);
      expect(read.items).toHaveLength(count);
    }, 20_000);
    return read;
  }

  /**
   * A cursor past every change made so far: read from the start until the feed holds every
   * row and tombstone there is (another database's open transaction can hold the feed back).
   */
  async function caughtUp(feed: '/activities' | '/persons'): Promise<string> {
    await t.app.idle();
    const prisma = t.app.database.prisma;
    const rows =
      feed === '/activities'
        ? (await prisma.activity.count()) + (await prisma.activityTombstone.count())
        : (await prisma.person.count()) + (await prisma.personTombstone.count());
    let at = '';
    await eventually(async () => {
      const read = await readThrough(feed, null, 'limit=100');
      expect(read.items).toHaveLength(rows);
      at = read.at;
    }, 20_000);
    return at;
  }

  /** The card of `/activity show <id>` as Anna sees it, to press its buttons. */
  async function showToAnna(id: number) {
    await t.slack.slashCommand({ command: '/activity', text: `show ${id}`, userId: 'UANNA' });
    return slack.lastEphemeral('UANNA');
  }

  it('deletion, restore, privacy on and off, and the purge each come as a change, in order', async () => {
    const kept = await log('Kept');
    const changing = await log('Changing');
    let at = await caughtUp('/activities');

    // Deleted in Slack: a tombstone, however many times the client asks.
    const card = await showToAnna(changing.id);
    await slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_delete:${changing.id}`);
    let read = await next('/activities', at, 1);
    expect(read.items).toEqual([{ id: changing.id, deleted: true }]);
    at = read.at;

    // Restored from the same message: the activity again, in full.
    await slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_undo:${changing.id}`);
    read = await next('/activities', at, 1);
    expect(read.items).toEqual([expect.objectContaining({ id: changing.id, subject: 'Changing' })]);
    at = read.at;

    // Made private through the API: {id, visible: false}; nothing of it shows.
    const hidden = await call<Json>(t, 'PATCH', `/activities/${changing.id}`, {
      token: writer,
      body: { isPrivate: true },
    });
    expect(hidden.status).toBe(200);
    read = await next('/activities', at, 1);
    expect(read.items).toEqual([{ id: changing.id, visible: false }]);
    at = read.at;

    // Public again (its responsible, in Slack): in full again.
    const since = t.double.calls.length;
    await t.slack.slashCommand({ command: '/activity', text: `edit ${changing.id}`, userId: 'UANNA' });
    await t.double.waitForCall('views.open', undefined, { since });
    const form = t.double.latestView('UANNA')!;
    expect(
      (await slack.submit('UANNA', form.id, { 'Only visible to responsible': [] })).result.ack,
    ).toBeUndefined();
    read = await next('/activities', at, 1);
    expect(read.items).toEqual([expect.objectContaining({ id: changing.id, isPrivate: false })]);
    at = read.at;

    // Deleted, then 30 days on deleted for good by the nightly job: a tombstone each time.
    const again = await showToAnna(changing.id);
    await slack.pressInEphemeral('UANNA', again.ts, again.channel, `activity_delete:${changing.id}`);
    read = await next('/activities', at, 1);
    expect(read.items).toEqual([{ id: changing.id, deleted: true }]);
    at = read.at;
    clock.advance(31 * DAY);
    expect(await t.app.runRetention()).toMatchObject({ ran: true, trash: { activities: 1 } });
    expect(await t.app.database.prisma.activity.count({ where: { id: changing.id } })).toBe(0);
    read = await next('/activities', at, 1);
    expect(read.items).toEqual([{ id: changing.id, deleted: true }]);

    // A fresh sync sees the kept one in full and the purged one as a tombstone, nothing else of it.
    const all = await readThrough('/activities', null);
    expect(all.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: kept.id }), { id: changing.id, deleted: true }]),
    );
    expect(JSON.stringify(all.items)).not.toContain('Changing');
  });

  it('tombstones come whatever the status filter, and from updatedSince on', async () => {
    const before = await log('Open, untouched since');
    const since = new Date(clock.now().getTime() + 1).toISOString();
    const open = await log('Open, then deleted');
    const done = await log('Done');
    await call(t, 'PATCH', `/activities/${done.id}`, { token: writer, body: { status: 'DONE' } });
    const card = await showToAnna(open.id);
    await slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_delete:${open.id}`);
    const ours = (items: Json[]) => items.filter((item) => [before.id, open.id, done.id].includes(item.id));
    let items: Json[] = [];
    await eventually(async () => {
      ({ items } = await readThrough('/activities', null, `limit=50&status=DONE&updatedSince=${since}`));
      expect(ours(items)).toHaveLength(2);
    }, 20_000);
    expect(ours(items)).toEqual([
      expect.objectContaining({ id: done.id, status: 'DONE' }),
      { id: open.id, deleted: true },
    ]);
  });

  it('GET /persons pages persons in change order, archived ones marked, erased ones as tombstones without personal data', async () => {
    const start = await caughtUp('/persons');
    clock.advance(1000);
    await call(t, 'PUT', '/organizations/ORG-1', { token: writer, body: { name: 'Kund AB' } });
    const first = await call<Json>(t, 'PUT', '/persons/P-2', {
      token: writer,
      body: { name: 'Per Arkiv', email: 'per@kund.se', organizationExternalId: 'ORG-1', archived: true },
    });
    const second = await call<Json>(t, 'PUT', '/persons/P-3', {
      token: writer,
      body: { name: 'Eva Raderas', email: 'eva@kund.se', phone: '070-123 45 67' },
    });
    await log('About Eva', 'P-3');
    let read = await next('/persons', start, 2);
    expect(read.items).toEqual([
      expect.objectContaining({
        id: first.body.id,
        externalId: 'P-2',
        archived: true,
        organization: expect.objectContaining({ externalId: 'ORG-1' }),
      }),
      expect.objectContaining({ id: second.body.id, externalId: 'P-3', archived: false }),
    ]);
    const activitiesAt = await caughtUp('/activities');

    const erased = await call<Json>(t, 'DELETE', `/privacy/persons/${second.body.id}`, { token: admin });
    expect(erased.status).toBe(200);
    read = await next('/persons', read.at, 1);
    // Erased: not even the external id stays (the client has our id from every earlier read).
    expect(read.items).toEqual([{ id: second.body.id, externalId: null, deleted: true }]);
    // The erased person's activity goes from the activity feed the same way.
    const activities = await next('/activities', activitiesAt, 1);
    expect(activities.items).toEqual([{ id: expect.any(Number), deleted: true }]);

    // A fresh sync, one per page: the same, and nothing of Eva but her ids.
    const all = await readThrough('/persons', null, 'limit=1');
    expect(all.items).toContainEqual({ id: second.body.id, externalId: null, deleted: true });
    expect(JSON.stringify(all.items)).not.toMatch(/Eva|eva@kund|070-123|P-3/);
  });

  it('a person made for a refused request is taken back as a tombstone with its external id, let go of after 30 days', async () => {
    const at = await caughtUp('/persons');
    const refused = await call<Json>(t, 'POST', '/activities', {
      token: writer,
      body: {
        personExternalId: 'NEW-1',
        createPerson: true,
        personName: 'Ny Person',
        type: 'MEETING',
        subject: 'Ends before it starts',
        responsible: 'UANNA',
        startAt: '2026-05-02T10:00:00Z',
        endAt: '2026-05-02T09:00:00Z',
      },
    });
    expect(refused.status).toBe(422);
    const read = await next('/persons', at, 1);
    expect(read.items).toEqual([{ id: expect.any(Number), externalId: 'NEW-1', deleted: true }]);

    // 30 days on (tombstones are stamped by the database's clock: dated back by hand here).
    await t.app.database.prisma.personTombstone.updateMany({
      where: { externalId: 'NEW-1' },
      data: { deletedAt: new Date(clock.now().getTime() - 31 * DAY) },
    });
    expect(await t.app.runRetention()).toMatchObject({ ran: true, externalIdsCleared: 1 });
    const later = await readThrough('/persons', null, 'limit=50');
    expect(later.items).toContainEqual({ id: read.items[0]?.id, externalId: null, deleted: true });
    expect(JSON.stringify(later.items)).not.toContain('NEW-1');
  });

  it('GET /organizations/{externalId} reads an organization; an unknown one is 404 in the caller’s language', async () => {
    await call(t, 'PUT', '/organizations/ORG-2', {
      token: writer,
      body: { name: 'Acme AB', orgNumber: '556036-0793', email: 'info@acme.se' },
    });
    const found = await call<Json>(t, 'GET', '/organizations/ORG-2', { token: reader });
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({
      externalId: 'ORG-2',
      name: 'Acme AB',
      orgNumber: '556036-0793',
      email: 'info@acme.se',
      archived: false,
    });
    const missing = await call<Json>(t, 'GET', '/organizations/NOPE', {
      token: reader,
      headers: { 'accept-language': 'sv-SE' },
    });
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toBe('Ingen organisation har det externa id:t NOPE.');
    const english = await call<Json>(t, 'GET', '/organizations/NOPE', { token: reader });
    expect(english.body.detail).toBe('No organization has the external id NOPE.');
    expect((await call(t, 'GET', '/organizations/ORG-2', { token: writer })).status).toBe(403);
    expect((await call(t, 'GET', '/persons', { token: writer })).status).toBe(403);
  });
});
