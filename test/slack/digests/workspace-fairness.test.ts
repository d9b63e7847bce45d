import type { PrismaClient } from '../../../src/generated/prisma/client';
import { SettableClock } from '../../support/fixtures/activities';
import { addActivity } from '../../support/fixtures/contacts';
import { installThroughOAuth } from '../../support/oauth-install';
import type { SlackDouble } from '../../support/slack-double';
import { startTestApp, type TestApp } from '../../support/test-app';

/** Monday 7 December 2026, 09:30 in Stockholm: digests of the day are due. */
const MONDAY_MORNING = new Date('2026-12-07T08:30:00Z');
const LARGE_STAFF = 12;
const SMALL_STAFF = 5;

describe('digests over many workspaces: each workspace sends in its own lane (product §10.1)', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let large: SlackDouble;
  let small: SlackDouble;
  const clock = new SettableClock(new Date('2026-12-04T12:00:00Z'));

  /** `count` employees of the workspace, each with one overdue activity, so each is due a digest. */
  async function staffWithWork(workspace: SlackDouble, count: number): Promise<string[]> {
    const ws = await prisma.workspace.findUniqueOrThrow({ where: { slackTeamId: workspace.teamId } });
    const person = await prisma.person.create({
      data: { workspaceId: ws.id, name: `Kund ${workspace.teamId}` },
    });
    const ids = Array.from({ length: count }, (_, n) => `U${workspace.teamId.slice(1)}${n}`);
    for (const slackUserId of ids) {
      workspace.addUser({ id: slackUserId, name: slackUserId.toLowerCase(), tz: 'Europe/Stockholm' });
      const employee = await prisma.employee.create({
        data: { workspaceId: ws.id, slackUserId, name: slackUserId },
      });
      await addActivity(prisma, {
        workspaceId: ws.id,
        personId: person.id,
        responsibleId: employee.id,
        subject: `Uppföljning för ${slackUserId}`,
        startAt: new Date('2026-12-03T09:00:00Z'),
      });
    }
    return ids;
  }

  beforeAll(async () => {
    t = await startTestApp({ distributed: true, clock });
    prisma = t.app.database.prisma;
    // The large workspace installs first, so its recipients come first in each turn of a batch.
    large = t.double.addWorkspace({ teamId: 'TLARGE', teamName: 'Large Sales', botUserId: 'UBOTL' });
    small = t.double.addWorkspace({ teamId: 'TSMALL', teamName: 'Small Desk', botUserId: 'UBOTS' });
    large.addUser({ id: 'ULADMIN', name: 'ladmin' });
    small.addUser({ id: 'USADMIN', name: 'sadmin' });
    await installThroughOAuth(t, large, { userId: 'ULADMIN' });
    await installThroughOAuth(t, small, { userId: 'USADMIN' });
    await staffWithWork(large, LARGE_STAFF);
    await staffWithWork(small, SMALL_STAFF);
  });
  afterAll(() => t.stop());

  it('sends a small workspace’s digests while every post of a large one is stuck at Slack', async () => {
    clock.set(MONDAY_MORNING);
    const since = t.double.calls.length;
    const posts = (teamId: string) =>
      t.double.calls.slice(since).filter((c) => c.method === 'chat.postMessage' && c.teamId === teamId);
    // Slack holds every post of the large workspace (as a workspace at its rate limit would
    // keep them waiting): none of them answers until the test lets them go.
    large.fail('chat.postMessage', { hold: true }, LARGE_STAFF, { onlyThisWorkspace: true });

    const run = t.app.runDigestTick();
    await large.whenHeld('chat.postMessage');
    await t.double.waitForCall(
      'chat.postMessage',
      () => posts('TSMALL').filter((c) => c.status === 200).length === SMALL_STAFF,
      { since, timeoutMs: 60_000 },
    );

    // Every digest of the small workspace went out while the large one's first posts were
    // still unanswered: none of them waited behind the large workspace.
    expect(posts('TSMALL').map((c) => c.status)).toEqual(Array(SMALL_STAFF).fill(200));
    expect(posts('TLARGE')).toEqual([]);
    // Let the large workspace go: its digests follow.
    t.double.clearFaults();
    t.double.releaseHeld('chat.postMessage');
    const summary = await run;

    expect(summary).toMatchObject({ sent: LARGE_STAFF + SMALL_STAFF, failed: 0 });
    const channels = posts('TLARGE').map((c) => String(c.args.channel));
    expect(new Set(channels).size).toBe(LARGE_STAFF);
    // Each marked sent with where its message is (marks made together go in one statement).
    const rows = await prisma.digestDelivery.findMany();
    expect(rows).toHaveLength(LARGE_STAFF + SMALL_STAFF);
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'SENT', leaseUntil: null, error: null });
      expect(row.messageTs).toEqual(expect.any(String));
      expect(row.sentAt).toEqual(MONDAY_MORNING);
    }
  });
});
