import { performance } from 'node:perf_hooks';
import { startTouchbase } from '../../src/app';
import { loadEnv } from '../../src/config/env';
import { type Database, openDatabase } from '../../src/db/database';
import { resolveDatabaseTarget } from '../../src/db/database-target';
import { InstallationRepository } from '../../src/db/repositories/installation-repository';
import { WorkspaceRepository } from '../../src/db/repositories/workspace-repository';
import { TokenCipher } from '../../src/domain/installations/token-cipher';
import { WorkspaceService } from '../../src/domain/workspaces/workspace-service';
import { createLogger } from '../../src/observability/logger';
import { SlackDouble } from '../../test/support/slack-double';
import { OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET } from '../../test/support/slack-double/oauth/oauth-server';
import type { Benchmark } from '../benchmark';
import { databaseEnv } from '../child-worker';

const EMPLOYEES_PER_WORKSPACE = 100;
const ACTIVITIES_PER_EMPLOYEE = 3;
/** Run time over the time one workspace's pace alone needs (its N ÷ R): the workspaces run side by side. */
const RATIO_MAX = 1.5;
/** Monday 7 December 2026, 10:00 UTC: everyone's 08:00 Stockholm digest is due. */
const MORNING = new Date('2026-12-07T10:00:00Z');
const ENCRYPTION_KEY = 'b'.repeat(64);

const teamIdOf = (index: number) => `TBW${String(index).padStart(4, '0')}`;
const tokenOf = (teamId: string) => `xoxb-bench-${teamId}`;

/** `count` installed workspaces of 100 employees, each with a few unfinished activities. */
async function seedWorkspaces(database: Database, count: number): Promise<string[]> {
  const { prisma } = database;
  const workspaces = new WorkspaceService(new WorkspaceRepository(prisma), {
    locale: 'en',
    timezone: 'Europe/Stockholm',
    holidayCountry: null,
  });
  const installations = new InstallationRepository(
    prisma,
    new TokenCipher(Buffer.from(ENCRYPTION_KEY, 'hex')),
  );
  const people: string[] = [];
  for (let index = 1; index <= count; index++) {
    const teamId = teamIdOf(index);
    const workspace = await workspaces.ensure(teamId, `Bench ${index}`);
    const ids = Array.from({ length: EMPLOYEES_PER_WORKSPACE }, (_, i) => `U${teamId.slice(1)}E${i}`);
    people.push(...ids.map((id) => `${teamId}:${id}`));
    await prisma.employee.createMany({
      data: ids.map((slackUserId) => ({
        workspaceId: workspace.id,
        slackUserId,
        name: slackUserId,
        digestDays: [1, 2, 3, 4, 5, 6, 7],
      })),
    });
    const employees = await prisma.employee.findMany({ where: { workspaceId: workspace.id } });
    const type = await prisma.activityType.findFirstOrThrow({ where: { workspaceId: workspace.id } });
    const person = await prisma.person.create({ data: { workspaceId: workspace.id, name: `Kund ${index}` } });
    await prisma.activity.createMany({
      data: employees.flatMap((employee) =>
        Array.from({ length: ACTIVITIES_PER_EMPLOYEE }, (_, n) => ({
          workspaceId: workspace.id,
          personId: person.id,
          typeId: type.id,
          subject: `Uppföljning ${n + 1}`,
          status: 'NOT_STARTED' as const,
          startAt: new Date(MORNING.getTime() - (n + 1) * 86_400_000),
          dueAt: new Date(MORNING.getTime() - (n + 1) * 86_400_000),
          responsibleId: employee.id,
          creatorId: employee.id,
        })),
      ),
    });
    await installations.save({
      teamId,
      teamName: `Bench ${index}`,
      enterpriseId: null,
      enterpriseName: null,
      isEnterpriseInstall: false,
      appId: 'A0001',
      botId: 'B0001',
      botUserId: 'UBOT',
      botScopes: ['chat:write'],
      botToken: tokenOf(teamId),
      botRefreshToken: null,
      botTokenExpiresAt: null,
      installerUserId: ids[0] ?? null,
      needsReinstall: false,
      sharedRegister: false,
    });
  }
  return people;
}

/**
 * Distributed mode at scale (issue 17): 50 installed workspaces of 100 employees each, all due
 * at one morning tick, against a Slack double that limits chat.postMessage to R a second per
 * workspace, as Slack does. Each workspace posts with its own token at its own pace, so the
 * whole run should take about one workspace's N ÷ R, and every workspace should finish at about
 * the same time: the slowest and fastest workspace's last digest are reported.
 */
export const digestWorkspacesRun: Benchmark = {
  name: 'digests-workspaces',
  async run(shared, settings) {
    const count = settings.quick ? 10 : 50;
    const rate = settings.digestRate;
    settings.log(
      `  digests-workspaces: ${count} workspaces × ${EMPLOYEES_PER_WORKSPACE} employees (${shared.kind})`,
    );
    const database = await settings.prepare(shared.kind, {
      workspaces: 1,
      employees: 1,
      organizations: 0,
      persons: 1,
      activities: 0,
      seed: shared.data.sizes.seed,
    });
    try {
      const { DATABASE_URL, DATA_DIR } = databaseEnv(database);
      const setup = await openDatabase(resolveDatabaseTarget(DATABASE_URL, DATA_DIR));
      let people: string[];
      try {
        people = await seedWorkspaces(setup, count);
      } finally {
        await setup.close();
      }
      const double = await SlackDouble.start();
      for (let index = 1; index <= count; index++) {
        const teamId = teamIdOf(index);
        const workspace = double.addWorkspace({
          teamId,
          teamName: `Bench ${index}`,
          botToken: tokenOf(teamId),
          seedSystemUsers: false,
        });
        for (const entry of people.filter((p) => p.startsWith(`${teamId}:`)))
          workspace.addUser({ id: entry.split(':')[1], name: entry.split(':')[1]?.toLowerCase() });
      }
      double.rateLimit('chat.postMessage', rate, { perWorkspace: true });
      const lastPost = new Map<string, number>();
      let started = 0;
      double.onCall((call, receivedAtMs) => {
        if (call.method === 'chat.postMessage' && call.status === 200 && call.teamId)
          lastPost.set(call.teamId, receivedAtMs - started);
      });
      const env = loadEnv({
        SLACK_CLIENT_ID: OAUTH_CLIENT_ID,
        SLACK_CLIENT_SECRET: OAUTH_CLIENT_SECRET,
        SLACK_STATE_SECRET: 's'.repeat(40),
        TOKEN_ENCRYPTION_KEY: ENCRYPTION_KEY,
        SLACK_SIGNING_SECRET: 'bench-signing-secret',
        SLACK_API_URL: double.apiUrl,
        PORT: '0',
        LOG_LEVEL: 'warn',
        DIGEST_RATE_PER_SECOND: String(rate),
        ...database.env,
      });
      const app = await startTouchbase({
        env,
        logger: createLogger('warn', process.stderr),
        clock: { now: () => MORNING },
        scheduler: 'manual',
      });
      let seconds: number;
      // The app and the double share this process: its CPU time is what the run cost, whatever
      // else the machine was doing (the wall time is not, on a busy machine).
      let cpuSeconds: number;
      const cpuBefore = process.cpuUsage();
      try {
        started = performance.timeOrigin + performance.now();
        for (let tick = 0; tick < 5; tick++) {
          const summary = await app.runDigestTick();
          if (!summary || summary.due === 0) break;
        }
        seconds = (performance.timeOrigin + performance.now() - started) / 1000;
        const cpu = process.cpuUsage(cpuBefore);
        cpuSeconds = (cpu.user + cpu.system) / 1e6;
      } finally {
        await app.stop();
      }
      const posts = double.succeededCalls('chat.postMessage');
      const perChannel = new Map<string, number>();
      for (const call of posts) {
        const key = `${call.teamId}:${call.args.channel}`;
        perChannel.set(key, (perChannel.get(key) ?? 0) + 1);
      }
      const duplicates = [...perChannel.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
      const rateLimited = double.callsTo('chat.postMessage').filter((call) => call.status === 429).length;
      const wrongToken = posts.filter(
        (call) => !String(call.args.channel).startsWith(`U${String(call.teamId).slice(1)}E`),
      );
      await double.stop();
      const finishes = [...lastPost.values()].map((ms) => ms / 1000).sort((a, b) => a - b);
      const ideal = EMPLOYEES_PER_WORKSPACE / rate;
      const ratio = seconds / ideal;
      settings.log(
        `  run: ${posts.length} sent in ${seconds.toFixed(1)} s at ${rate}/s per workspace (${(posts.length / seconds).toFixed(0)} posts/s, CPU ${cpuSeconds.toFixed(1)} s) → ratio ${ratio.toFixed(3)} (ideal ${ideal.toFixed(1)} s); workspaces done between ${finishes[0]?.toFixed(1)} s and ${finishes.at(-1)?.toFixed(1)} s; duplicates ${duplicates}, 429s ${rateLimited}, wrong workspace ${wrongToken.length}`,
      );
      const expected = count * EMPLOYEES_PER_WORKSPACE;
      return [
        {
          benchmark: `digest run, ${count} workspaces × ${EMPLOYEES_PER_WORKSPACE} at ${rate}/s each`,
          database: shared.kind,
          rows: expected * ACTIVITIES_PER_EMPLOYEE,
          requests: expected,
          p50Ms: (finishes[Math.floor(finishes.length / 2)] ?? 0) * 1000,
          p95Ms: (finishes[Math.floor(finishes.length * 0.95)] ?? 0) * 1000,
          p99Ms: (finishes.at(-1) ?? 0) * 1000,
          baselineP99Ms: Number.NaN,
          criterion: { name: 'time ÷ (N per workspace ÷ R)', value: ratio, limit: RATIO_MAX },
          pass:
            ratio <= RATIO_MAX && duplicates === 0 && posts.length === expected && wrongToken.length === 0,
          details: {
            workspaces: count,
            sent: posts.length,
            seconds,
            cpuSeconds,
            postsPerSecond: posts.length / seconds,
            ideal,
            firstWorkspaceDone: finishes[0],
            lastWorkspaceDone: finishes.at(-1),
            duplicates,
            rateLimited,
          },
        },
      ];
    } finally {
      await database.dispose();
    }
  },
};
