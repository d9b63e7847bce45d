import { installQueryLog } from '../../bench/paths/query-log';
import { ApiTokenRepository } from '../../src/db/repositories/api-token-repository';
import { TokenAuthenticator } from '../../src/domain/api-tokens/token-authenticator';
import { GroupedReferences } from '../../src/domain/messages/grouped-references';
import { call, createToken } from '../api/api-client';
import { activitySlack, addPerson, SettableClock, workspaceOf } from '../support/fixtures/activities';
import { startTestApp, type TestApp } from '../support/test-app';

// Statements per request are what the database round trips and Prisma's CPU scale
// with (issue 12): these pin the counts the hot paths were brought down to, so a
// relation loaded one by one again, or a look-up repeated, shows here. Counted
// through the driver adapter and the repositories' plain path, BEGIN and COMMIT left out.
const log = installQueryLog();

describe('statements each hot path sends', () => {
  let t: TestApp;
  let token: string;
  let slack: ReturnType<typeof activitySlack>;

  beforeAll(async () => {
    // A clock that stands still: a busy machine's minute between the warm-up and a count
    // would otherwise add the token's once-a-minute "last used" write to it.
    t = await startTestApp({
      env: { API_RATE_LIMIT_PER_MINUTE: '0' },
      clock: new SettableClock(new Date('2026-03-02T09:00:00Z')),
      // As in production: a person's assignment message is drawn at most once a second.
      assignmentDrawIntervalMs: 1000,
    });
    slack = activitySlack(t);
    t.double.addUser({ id: 'UANNA', name: 'anna', email: 'anna@example.com', tz: 'Europe/Stockholm' });
    token = await createToken(t, ['activities:write'], 'Counter');
    const workspaceId = (await workspaceOf(t)).id;
    const prisma = t.app.database.prisma;
    await prisma.person.create({
      data: { workspaceId, name: 'Sven Svensson', externalId: 'P-1', email: 'sven@kund.se' },
    });
    await addPerson(prisma, workspaceId, { name: 'Anna Berg' });
    await addPerson(prisma, workspaceId, { name: 'Bo Ek' });
    await prisma.organization.create({ data: { workspaceId, name: 'Berg & Co' } });
    // Everyone involved is known and every cache warm: what is counted is the path itself.
    await call(t, 'POST', '/activities', {
      token,
      body: { personExternalId: 'P-1', type: 'MEETING', subject: 'Warm-up', responsible: 'anna@example.com' },
    });
    await slack.openForm('UANNA', 'ring Anna Berg imorgon');
    await t.app.idle();
  });
  afterAll(() => t?.stop());

  /**
   * The statements sent while `work` runs, and (unless `untilAnswer`) while the app
   * finishes what it started. An API request is counted until its answer: what the
   * notifier does afterwards interleaves with it in an order a busy machine decides.
   */
  async function counted(work: () => Promise<unknown>, untilAnswer = false): Promise<string[]> {
    log.clear();
    log.record(true);
    try {
      await work();
      if (!untilAnswer) await t.app.idle();
    } finally {
      log.record(false);
      await t.app.idle();
    }
    return log.queries.map((q) => q.sql);
  }

  it('POST /activities: the token, the references read together, the activity and its history', async () => {
    const statements = await counted(async () => {
      const created = await call(t, 'POST', '/activities', {
        token,
        body: {
          personExternalId: 'P-1',
          type: 'MEETING',
          subject: 'Review',
          responsible: 'anna@example.com',
        },
      });
      expect(created.status).toBe(201);
    }, true);
    // The request ends with the insert; the responsible's message (product §5.1, folded
    // with others of the last two minutes, §5.6) is sent in the background after it.
    const inserted = statements.findIndex((sql) => sql.includes('INSERT INTO "ActivityEvent"'));
    const request = statements.slice(0, inserted + 1);
    // Before: 20 (each reference read twice, the record read back relation by relation),
    // then 6 in a transaction. Now the token, the references (person, type and responsible
    // in one statement), and the activity with its history in one; without an
    // Idempotency-Key there is no answer to store with them: no transaction.
    expect(request.length).toBeLessThanOrEqual(3);
    expect(statements.filter((sql) => sql.includes('INSERT INTO "ActivityEvent"'))).toHaveLength(1);
    expect(statements.filter((sql) => sql.includes('INSERT INTO "public"."ActivityEvent"'))).toEqual([]);
    expect(log.transactionsAt.filter((at) => at <= inserted)).toEqual([]);
  });

  it('POST /activities ×6 for one person at once: their message drawn for several at a time, not once each', async () => {
    const since = t.double.calls.length;
    const statements = await counted(() =>
      Promise.all(
        ['One', 'Two', 'Three', 'Four', 'Five', 'Six'].map(async (subject) => {
          const created = await call(t, 'POST', '/activities', {
            token,
            body: { personExternalId: 'P-1', type: 'MEETING', subject, responsible: 'anna@example.com' },
          });
          expect(created.status).toBe(201);
        }),
      ),
    );
    const draws = t.double.calls
      .slice(since)
      .filter((c) => ['chat.postMessage', 'chat.update'].includes(c.method) && c.status === 200);
    const notices = statements.filter((sql) => sql.includes('"ReminderDelivery"'));
    // Before: each activity drawn on its own, in turn (a chat.update each), each draw with five
    // statements about the message (where it is, whether it is still open, its items, the new
    // row, the others folded) and a read of its activities: 6 draws, 30 notice statements
    // (78 statements in all). Now what arrives while one draw is sent, or within a second of
    // it, goes in the next: one statement finds the open message with its items, one records
    // the new rows of all the messages that draw sent (1 draw and 2 notice statements when
    // nothing straddles a second; was 3 while each message sent was recorded on its own).
    expect(draws.length).toBeLessThan(6);
    expect(draws.length).toBeGreaterThanOrEqual(1);
    expect(notices.length).toBeLessThanOrEqual(2 * draws.length);
  });

  it('POST /activities ×12 for someone new: new activities drawn as saved, each draw recorded in one write', async () => {
    t.double.addUser({ id: 'UBOSSE', name: 'bosse', email: 'bosse@example.com', tz: 'Europe/Stockholm' });
    const since = t.double.calls.length;
    const statements = await counted(() =>
      Promise.all(
        Array.from({ length: 12 }, async (_, index) => {
          const created = await call(t, 'POST', '/activities', {
            token,
            body: {
              personExternalId: 'P-1',
              type: 'MEETING',
              subject: `Nr ${index}`,
              responsible: 'bosse@example.com',
            },
          });
          expect(created.status).toBe(201);
        }),
      ),
    );
    const drawn = t.double.calls
      .slice(since)
      .filter((c) => ['chat.postMessage', 'chat.update'].includes(c.method) && c.status === 200);
    // Twelve items, ten a message: at least two messages went to Bosse.
    expect(drawn.filter((c) => c.method === 'chat.postMessage').length).toBeGreaterThanOrEqual(2);
    const draws = statements.filter((sql) => sql.includes('WITH latest AS')).length;
    const writes = statements.filter((sql) => sql.includes('INSERT INTO "ReminderDelivery"')).length;
    const activityReads = statements.filter((sql) =>
      /^\s*SELECT "t0"\."id", "t0"\."workspaceId", "t0"\."personId"/.test(sql),
    );
    // Before: each message posted or updated read its activities and wrote its rows (at least
    // one read and one write per Slack call). Now a new activity is drawn as the API saved it:
    // only an update of a message sent earlier reads (its earlier items), never the first draw;
    // and each draw's messages are recorded in one write.
    expect(writes).toBe(draws);
    expect(activityReads.length).toBeLessThan(draws);
  });

  it('POST /activities ×6 at once: requests arriving while one is in flight share its next look-up and insert', async () => {
    const subjects = ['Ett', 'Två', 'Tre', 'Fyra', 'Fem', 'Sex'];
    const answers: { id: number; subject: string }[] = [];
    const isLookUp = (sql: string) => sql.includes('x."rank"');
    // Requests that have their token and asked for their references (the app runs in this process).
    const lookUps = jest.spyOn(GroupedReferences.prototype, 'find');
    const statements = await counted(async () => {
      // The first look-up is held until every request has its token: the other five then
      // arrive while it is in flight, as they do under load.
      const held = log.holdNext(isLookUp);
      const requests = Promise.all(
        subjects.map(async (subject) => {
          const created = await call<{ id: number; subject: string }>(t, 'POST', '/activities', {
            token,
            body: { personExternalId: 'P-1', type: 'MEETING', subject, responsible: 'anna@example.com' },
          });
          expect(created.status).toBe(201);
          answers.push(created.body);
        }),
      );
      await held.reached;
      while (lookUps.mock.calls.length < subjects.length)
        await new Promise((resolve) => setImmediate(resolve));
      held.release();
      await requests;
    }, true);
    lookUps.mockRestore();
    // Each request is answered with its own activity, written with its own history.
    expect(answers.map((a) => a.subject).sort()).toEqual([...subjects].sort());
    expect(new Set(answers.map((a) => a.id)).size).toBe(6);
    const events = await t.app.database.prisma.activityEvent.findMany({
      where: { activityId: { in: answers.map((a) => a.id) }, kind: 'CREATED' },
      include: { activity: { select: { subject: true } } },
    });
    expect(events).toHaveLength(6);
    for (const event of events) expect(JSON.stringify(event.changes)).toContain(event.activity.subject);
    // Before: a look-up and an insert per request (6 each). Now the five that waited share
    // one look-up, and their inserts go together behind whichever is in flight.
    expect(statements.filter(isLookUp)).toHaveLength(2);
    expect(statements.filter((sql) => sql.includes('INSERT INTO "ActivityEvent"')).length).toBeLessThan(6);
  });

  it('POST /activities ×6 with one token at once: those arriving while its read is in flight share the next read', async () => {
    // Observed where the app calls them (it runs in this process), whichever driver sends the SQL.
    const read = ApiTokenRepository.prototype.findActiveByHash;
    const arrived = jest.spyOn(TokenAuthenticator.prototype, 'authenticate');
    const reads = jest.spyOn(ApiTokenRepository.prototype, 'findActiveByHash');
    let letFirstFinish!: () => void;
    const firstHeld = new Promise<void>((resolve) => {
      letFirstFinish = resolve;
    });
    let firstRead!: () => void;
    const firstReached = new Promise<void>((resolve) => {
      firstRead = resolve;
    });
    // The first read is held after it ran until all six requests are at the gate.
    reads.mockImplementationOnce(async function (this: ApiTokenRepository, hash: string) {
      const found = await read.call(this, hash);
      firstRead();
      await firstHeld;
      return found;
    });
    try {
      const answers = ['A', 'B', 'C', 'D', 'E', 'F'].map((subject) =>
        call(t, 'POST', '/activities', {
          token,
          body: { personExternalId: 'P-1', type: 'MEETING', subject, responsible: 'anna@example.com' },
        }),
      );
      await firstReached;
      while (arrived.mock.calls.length < 6) await new Promise((resolve) => setImmediate(resolve));
      letFirstFinish();
      for (const answer of await Promise.all(answers)) expect(answer.status).toBe(201);
      // Before: a read per request (6). Now the first alone, and the five that arrived while
      // it was in flight together in the next (never in the one already running: a token
      // revoked meanwhile must refuse them, see test/api/token-revocation-in-flight.test.ts).
      expect(reads).toHaveBeenCalledTimes(2);
    } finally {
      arrived.mockRestore();
      reads.mockRestore();
      await t.app.idle();
    }
  });

  it('POST /activities with an Idempotency-Key: the answer stored in the transaction of the activity', async () => {
    const statements = await counted(async () => {
      const created = await call(t, 'POST', '/activities', {
        token,
        headers: { 'Idempotency-Key': 'count-me-once' },
        body: { personExternalId: 'P-1', type: 'MEETING', subject: 'Keyed', responsible: 'anna@example.com' },
      });
      expect(created.status).toBe(201);
    }, true);
    expect(log.transactions).toBe(1);
    expect(statements.filter((sql) => sql.includes('INSERT INTO "ActivityEvent"'))).toHaveLength(1);
  });

  it('/contact: persons and organizations searched in one transaction, organization names within', async () => {
    const statements = await counted(async () => {
      const result = await t.slack.slashCommand({ command: '/contact', text: 'Berg', userId: 'UANNA' });
      expect(JSON.stringify(result.ack)).toMatch(/Anna Berg.*Berg (&amp;|&) Co/);
    });
    // Before: a transaction for each kind, each with its own settings statement (7 in all).
    expect(log.transactions).toBe(1);
    expect(statements.filter((sql) => sql.includes("set_config('enable_seqscan'"))).toHaveLength(1);
    // Each of the search's statements is prepared once per session, not counted here.
    expect(statements.filter((sql) => !sql.startsWith('PREPARE ')).length).toBeLessThanOrEqual(6);
  });

  it('/contact: each tier of the search asks for persons and organizations in one statement', async () => {
    const answers: string[] = [];
    const search = (text: string) =>
      counted(async () => {
        const result = await t.slack.slashCommand({ command: '/contact', text, userId: 'UANNA' });
        answers.push(JSON.stringify(result.ack));
      });
    // The search's own SQL (the card's statements come from Prisma's queries, on "public".*);
    // its tiers are prepared statements, each prepared once per session (not counted here).
    const ofTheSearch = (statements: string[]) =>
      statements.filter(
        (sql) =>
          !sql.includes('"public".') &&
          /touchbase_normalize|EXECUTE contact_search_|word_similarity_threshold/.test(sql),
      );
    const unprepared = (statements: string[]) => statements.filter((sql) => !sql.startsWith('PREPARE '));
    // A short name typed right: the workspace, the settings, one look for both kinds, and
    // the typo tier for both, which itself tells that "Berg" is a name typed right.
    // Before: 6 (each kind looked up on its own, then asked whether the name exists).
    expect(unprepared(await search('Berg'))).toHaveLength(4);
    // Asked again, nothing is prepared again.
    expect(await search('Berg')).toHaveLength(4);
    expect(answers[0]).toMatch(/Anna Berg.*Berg (&amp;|&) Co/);
    // A full name with a typo: the settings, one look and one strict guess for both kinds,
    // then the lenient threshold and guess for organizations, still without a hit (then
    // Anna Berg's card). Before: 7 (each tier of each kind on its own).
    expect(ofTheSearch(await search('Anna Bergh'))).toHaveLength(5);
    expect(answers[2]).toContain('Anna Berg');
  });

  it('POST /messages: as few, nobody told', async () => {
    const statements = await counted(async () => {
      const recorded = await call(t, 'POST', '/messages', {
        token,
        body: {
          channel: 'email',
          from: 'anna@example.com',
          to: 'sven@kund.se',
          subject: 'Offer',
          body: 'Hello',
          sentAt: '2026-03-02T08:15:00Z',
          sender: 'anna@example.com',
        },
      });
      expect(recorded.status).toBe(201);
    }, true);
    expect(statements.length).toBeLessThanOrEqual(3);
    expect(log.transactions).toBe(0);
  });

  const homeOpened = (userId: string) =>
    counted(async () => {
      const since = t.double.calls.length;
      await t.slack.appHomeOpened({ userId });
      await t.double.waitForCall('views.publish', undefined, { since });
    });
  const isTeamOverview = (sql: string) => sql.includes('JOIN "TeamMember" tm');

  it('App Home: the groups counted and the soonest read with their relations in one statement', async () => {
    const statements = await homeOpened('UANNA');
    // Before: a count per group (four), and the soonest read relation by relation (14 in all);
    // then the grouped count and the soonest with their relations apart (4 in all); then 3,
    // the team overview asked of everyone. Now: the workspace's settings (read on every
    // request, so an admin's change counts at once), and the grouped count with the soonest
    // and their relations, which also tells that Anna leads no team: no overview asked.
    expect(statements.filter((sql) => sql.includes('SELECT COUNT(*) AS "_count'))).toEqual([]);
    expect(statements.filter((sql) => sql.includes('width_bucket'))).toHaveLength(1);
    expect(statements.filter(isTeamOverview)).toEqual([]);
    expect(statements.length).toBeLessThanOrEqual(2);
  });

  it('App Home of a team lead: the same two, then the team overview', async () => {
    t.double.addUser({ id: 'ULEAD', name: 'lena', email: 'lena@example.com', tz: 'Europe/Stockholm' });
    await homeOpened('ULEAD');
    const prisma = t.app.database.prisma;
    const workspaceId = (await workspaceOf(t)).id;
    const employee = (slackUserId: string) =>
      prisma.employee.findFirstOrThrow({ where: { workspaceId, slackUserId } });
    await prisma.team.create({
      data: {
        workspaceId,
        name: 'Counted',
        members: {
          create: [
            { employeeId: (await employee('ULEAD')).id, isLead: true },
            { employeeId: (await employee('UANNA')).id, isLead: false },
          ],
        },
      },
    });
    const statements = await homeOpened('ULEAD');
    expect(statements.filter((sql) => sql.includes('width_bucket'))).toHaveLength(1);
    expect(statements.filter(isTeamOverview)).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(3);
    expect(JSON.stringify(t.double.homeView('ULEAD')?.blocks)).toContain('<@UANNA>');
  });

  it('saving the Log form: the person and the type read in one statement, then the insert', async () => {
    const anna = await t.app.database.prisma.person.findFirstOrThrow({ where: { name: 'Anna Berg' } });
    const view = await slack.openForm('UANNA');
    const statements = await counted(async () => {
      const { result, since } = await slack.submit('UANNA', view.id, {
        Person: { text: { type: 'plain_text', text: anna.name }, value: String(anna.id) },
        Type: 'Meeting',
        Subject: 'Counted',
      });
      expect(result.ack).toBeUndefined();
      await slack.savedCard(since);
    });
    // The save ends with the insert (the activity and its history in one); the responsible's
    // App Home is redrawn after it. Before: the workspace, the person, the type, the insert (4).
    // Now the person and the type are one statement (3).
    const inserted = statements.findIndex((sql) => sql.includes('INSERT INTO "Activity"'));
    expect(inserted).toBeGreaterThan(0);
    const save = statements.slice(0, inserted + 1);
    expect(save.filter((sql) => sql.includes('FROM "public"."ActivityType"'))).toEqual([]);
    expect(save.length).toBeLessThanOrEqual(3);
    expect(log.transactions).toBe(0);
  });

  it('Done now: the card read once, the guarded update, its history and the record as written in one statement', async () => {
    const anna = await t.app.database.prisma.person.findFirstOrThrow({ where: { name: 'Anna Berg' } });
    const id = await slack.logActivity('UANNA', anna);
    const card = slack.lastEphemeral('UANNA');
    const statements = await counted(() =>
      slack.pressInEphemeral('UANNA', card.ts, card.channel, `activity_done:${id}`),
    );
    // Before: the update with its event, then the record read back, in a transaction (BEGIN,
    // two statements, COMMIT). Now the update returns the record with its relations: one
    // statement, so no transaction; the activity is read once, before, to decide. The
    // relations are looked up for the one row, not joined (planning nine joined tables cost
    // PostgreSQL about 1.2 ms of a 1.7 ms statement).
    const writes = statements.filter((sql) => sql.includes('UPDATE "Activity"'));
    expect(writes).toHaveLength(1);
    expect(writes[0]).toContain('INSERT INTO "ActivityEvent"');
    expect(writes[0]).toContain('LEFT JOIN LATERAL');
    expect(writes[0]).not.toContain('JOIN "Person" p ON');
    expect(statements.filter((sql) => sql.includes('"public"."ActivityEvent"'))).toEqual([]);
    // The card is read as findMany reads (the plain path, prepared), not through Prisma's
    // read with its joins, whose compiling and planning cost PGlite four times the statement.
    expect(statements.filter((sql) => sql.includes('AS "Activity_person"'))).toEqual([]);
    expect(statements.filter((sql) => sql.includes('a.id = ANY('))).toHaveLength(1);
    expect(log.transactions).toBe(0);
    if (t.app.database.target.kind === 'pglite') {
      // Both went as prepared statements (PGlite, one session, keeps them): planned once.
      const prepared = await t.app.database.sql.query<{ name: string }>(
        'SELECT name FROM pg_prepared_statements',
      );
      const names = prepared.map((row) => row.name.replace(/_\d+$/, ''));
      expect(names).toEqual(expect.arrayContaining(['activity_find_many', 'activity_guarded_write']));
    }
  });

  it('quick add: every run of words looked up in one statement', async () => {
    const statements = await counted(() =>
      slack.openForm('UANNA', 'ring Anna Berg imorgon kl 10 om offerten'),
    );
    // Before: one fuzzy contact search per run of words, one after the other (about seven).
    expect(statements.filter((sql) => sql.includes('searchText'))).toEqual([]);
    expect(statements.filter((sql) => sql.includes('touchbase_normalize(p."name")'))).toHaveLength(1);
  });
});
