import type { ApiLoadBlock } from '../../bench/api-load-worker';
import { activityBodies, runApiLoad } from '../../bench/api-throughput';
import { addBenchUsers } from '../../bench/bench-users';
import { createToken } from '../api/api-client';
import { workspaceOf } from '../support/fixtures/activities';
import { startTestApp, type TestApp } from '../support/test-app';

// The API benchmarks' load generator (a worker thread on node:http) against the real app:
// every request it counts reached the app, and what it reports is what happened.
describe('the API benchmark load (bench/api-load-worker.ts)', () => {
  let t: TestApp;
  let token: string;
  let workspaceId: number;
  let bodies: string[];
  let users: string[];
  const activities = () => t.app.database.prisma.activity.count({ where: { workspaceId } });
  const plan = (over: Partial<Parameters<typeof runApiLoad>[0]> = {}) => ({
    url: `${t.baseUrl}/api/v1/activities`,
    token,
    bodies,
    warmup: 2,
    requests: 10,
    concurrency: 3,
    ...over,
  });

  beforeAll(async () => {
    t = await startTestApp({ env: { API_RATE_LIMIT_PER_MINUTE: '0' } });
    token = await createToken(t, ['activities:write'], 'Load');
    workspaceId = (await workspaceOf(t)).id;
    await t.app.database.prisma.person.createMany({
      data: [1, 2, 3].map((n) => ({
        workspaceId,
        name: `Load Person ${n}`,
        externalId: `LOAD-${n}`,
        email: `load${n}@kund.se`,
      })),
    });
    users = addBenchUsers(t.double, 2);
    bodies = activityBodies(['LOAD-1', 'LOAD-2', 'LOAD-3'], users, 5);
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('sends the warm-up and then the measured requests, each a created activity, and times each one', async () => {
    const before = await activities();
    const blocks: ApiLoadBlock[] = [];
    const result = await runApiLoad(plan({ blockSize: 4 }), (block) => blocks.push(block));
    expect(result.failures).toBe(0);
    expect(result.latenciesMs).toHaveLength(10);
    expect(result.latenciesMs.every((ms) => ms > 0 && ms <= result.elapsedMs)).toBe(true);
    expect(await activities()).toBe(before + 12);
    expect(result.finishedMs).toHaveLength(10);
    expect([...result.finishedMs].sort((a, b) => a - b)).toEqual(result.finishedMs);
    expect(result.finishedMs.at(-1)).toBeLessThanOrEqual(result.elapsedMs);
    expect(blocks.map((block) => block.answers)).toEqual([4, 8]);
    expect(blocks[0]!.atMs).toBeLessThanOrEqual(blocks[1]!.atMs);
    expect(result.loadCpuMs).toBeGreaterThanOrEqual(0);
  });

  it('keeps measuring until the least measured time has passed, however many requests that takes', async () => {
    const before = await activities();
    const result = await runApiLoad(plan({ requests: 2, minMeasuredMs: 400 }));
    expect(result.failures).toBe(0);
    expect(result.elapsedMs).toBeGreaterThanOrEqual(400);
    expect(result.latenciesMs.length).toBeGreaterThan(2);
    expect(await activities()).toBe(before + 2 + result.latenciesMs.length);
  });

  it('counts an answer with another status as a failure, with what the app said', async () => {
    const result = await runApiLoad(plan({ warmup: 0, requests: 3, expectStatus: 200 }));
    expect(result.latenciesMs).toHaveLength(0);
    expect(result.failures).toBe(3);
    expect(result.firstFailure).toMatch(/^HTTP 201: \{/);
  });

  it('counts the items a batch answer says were created, and its refused ones as failures', async () => {
    const before = await activities();
    const item = (to: string, key: string) => ({
      channel: 'email',
      from: 'sales@example.com',
      to,
      subject: 'Offer',
      body: 'Hello',
      sentAt: '2026-03-02T08:00:00Z',
      sender: users[0],
      idempotencyKey: key,
    });
    const batch = (n: number) =>
      JSON.stringify({
        items: [
          item('load1@kund.se', `a${n}`),
          item('load2@kund.se', `b${n}`),
          item('nobody@kund.se', `c${n}`),
        ],
      });
    const result = await runApiLoad(
      plan({
        url: `${t.baseUrl}/api/v1/messages/batch`,
        bodies: [1, 2, 3].map(batch),
        warmup: 1,
        requests: 2,
        concurrency: 2,
        expectStatus: 200,
        countItems: true,
      }),
    );
    expect(result.itemsCreated).toBe(4);
    expect(result.failures).toBe(2);
    expect(result.firstFailure).toContain('body.items.2.to');
    expect(await activities()).toBe(before + 6);
  });
});
