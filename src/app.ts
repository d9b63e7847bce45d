import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorCode } from '@slack/bolt';
import { type RetryOptions, WebClient } from '@slack/web-api';
import express from 'express';
import { apiRouter } from './api/api-router';
import { createApiDeps } from './api/create-api-deps';
import { recoverImportJobs } from './api/import-recovery';
import { createInstalls, serveLifecycle, workspaceClients } from './composition/installs';
import { registerServices } from './composition/register-services';
import { wireReminders } from './composition/reminder-wiring';
import type { Env } from './config/env';
import { type Database, openDatabase } from './db/database';
import { type DatabaseTarget, resolveDatabaseTarget } from './db/database-target';
import { ActivityRepository } from './db/repositories/activity-repository';
import { ActivitySeriesRepository } from './db/repositories/activity-series-repository';
import { ActivityTypeRepository } from './db/repositories/activity-type-repository';
import { DigestActivityRepository } from './db/repositories/digest-activity-repository';
import { DigestDeliveryRepository } from './db/repositories/digest-delivery-repository';
import { DigestRecipientRepository } from './db/repositories/digest-recipient-repository';
import { EmployeeRepository } from './db/repositories/employee-repository';
import { PersonSummaryRepository } from './db/repositories/person-summary-repository';
import { PrivacyRepository } from './db/repositories/privacy-repository';
import { RetentionRepository } from './db/repositories/retention-repository';
import { TeamDigestRepository } from './db/repositories/team-digest-repository';
import { WorkspaceRepository } from './db/repositories/workspace-repository';
import { CLOSE_TIMEOUT_MS, databaseTimeouts } from './db/timeouts';
import { within } from './db/within';
import { createActivityServices } from './domain/activities/activity-services';
import { type Clock, systemClock } from './domain/clock';
import type { RunSummary } from './domain/digests/deliver-digests';
import { EmployeeService } from './domain/employees/employee-service';
import { workspaceLocale } from './domain/employees/employee-viewer';
import { SyncProfiles, type SyncSummary } from './domain/employees/sync-profiles';
import type { RefreshOutcome } from './domain/installations/refresh-tokens';
import type { ErasureSummary } from './domain/installations/uninstall-workspace';
import type { RetentionResult } from './domain/privacy/apply-retention';
import { createPrivacyServices } from './domain/privacy/privacy-services';
import type { ReminderRunSummary } from './domain/reminders/deliver-reminders';
import { seedDifferences } from './domain/workspaces/workspace-seed';
import { WorkspaceService } from './domain/workspaces/workspace-service';
import { settingsOf } from './domain/workspaces/workspace-settings';
import type { Workspace } from './generated/prisma/client';
import { metricsPlacement, metricsRoute, servedMetricsPort, serveMetrics } from './http/metrics-routes';
import { opsRoutes } from './http/ops-routes';
import { createDigestJob, type DigestTuning } from './jobs/digest-job';
import { createProfileSyncJob } from './jobs/profile-sync-job';
import type { DEFAULT_REMINDER_TUNING } from './jobs/reminder-job';
import { createRetentionJob } from './jobs/retention-job';
import { isDatabaseUnavailable } from './observability/database-unavailable';
import { boltLogger, type Logger } from './observability/logger';
import { createMetrics, type Metrics } from './observability/metrics';
import { staffGate } from './slack/access/staff-gate';
import { listenerErrors } from './slack/app-errors/listener-errors';
import { createBoltApp, type SlackMode, slackClientOptions } from './slack/bolt-app';
import { databaseOutage } from './slack/database-outage';
import { appHomeUrl } from './slack/digests/app-home-link';
import { WorkspacePaces } from './slack/digests/workspace-paces';
import { InFlight } from './slack/in-flight';
import { registerListeners } from './slack/listeners';
import type { ListenerDeps } from './slack/listeners/deps';
import type { HomeNotice } from './slack/listeners/home/home-notice';
import { HomeRefresher } from './slack/listeners/home/home-refresher';
import { ModalNotOpened } from './slack/open-modal';
import { requestContext } from './slack/request-context';
import { requestMetrics } from './slack/request-metrics';
import { SlackProfileSource } from './slack/slack-profile-source';
import { refuseUnstorableInput } from './slack/storable-input';

export interface TouchbaseOptions {
  env: Env;
  logger: Logger;
  clock?: Clock;
  /** Web API retries; tests use none, production a few quick ones. */
  slackRetryConfig?: RetryOptions;
  /** 'cron' (default): the jobs run on their schedules. 'manual': only when runDigestTick() and the like are called (tests). */
  scheduler?: 'cron' | 'manual';
  /** Least time between two redraws of one person's Home after changes (default 3 s; tests 0). */
  homeRefreshIntervalMs?: number;
  /** Least time between two draws of one person's assignment message (default 1 s; tests 0). */
  assignmentDrawIntervalMs?: number;
  /** Digest lease, retries, backoff, rate (tests shorten waits). */
  digestTuning?: Partial<DigestTuning>;
  /** Reminder lease, batch, retries (tests and the benchmark). */
  reminderTuning?: Partial<typeof DEFAULT_REMINDER_TUNING>;
  /** The database to open instead of the one DATABASE_URL/DATA_DIR name (tests: a copy of a migrated template). */
  databaseTarget?: DatabaseTarget;
}

export interface RunningTouchbase {
  mode: SlackMode;
  port: number;
  /** Where /metrics answers: `port`, a port of its own (METRICS_PORT), or null when nowhere. */
  metricsPort: number | null;
  database: Database;
  metrics: Metrics;
  /** One digest run now, as the minute tick would (or the one running); null when it failed. */
  runDigestTick(): Promise<RunSummary | null>;
  /** One reminder run now, as the 15-second tick would (or the one running); null when it failed. */
  runReminderTick(): Promise<ReminderRunSummary | null>;
  /** The daily refresh of employee profiles from Slack, now (or the one running); null when it failed. */
  syncProfiles(): Promise<SyncSummary | null>;
  /** One nightly clean-up now, as the job would: the trash past 30 days, and retention (product §8); null when it failed. */
  runRetention(): Promise<RetentionResult | null>;
  /** Distributed mode: the nightly erasure of workspaces uninstalled past their grace period, now; null otherwise or when it failed. */
  eraseUninstalledWorkspaces(): Promise<ErasureSummary | null>;
  /** Distributed mode: the token refresh run (token rotation), now; null otherwise or when it failed. */
  refreshTokens(): Promise<Record<RefreshOutcome, number> | null>;
  /**
   * Once the Slack listeners in flight have finished, draws now every App Home waiting out
   * its redraw interval, as if the interval were over (tests moving time on); resolves once
   * the draws it started are done (one still waiting in line follows: wait for idle()).
   */
  redrawWaitingHomes(): Promise<void>;
  /**
   * Resolves once the work earlier requests left running has finished: Slack listeners still
   * busy after their ack, Slack notices of API saves, Home redraws, API tokens' "last used".
   * Tests wait for it instead of sleeping, e.g. before asserting that something did not happen.
   */
  idle(): Promise<void>;
  /** Stops taking work, lets running listeners finish, closes the database. */
  stop(): Promise<void>;
}

export class StartupError extends Error {}

const DEFAULT_RETRIES: RetryOptions = {
  retries: 3,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 5000,
  randomize: true,
};
/** Shutdown waits this long for work in progress, then this long for the database: 10 s in all. */
const DRAIN_TIMEOUT_MS = 6000;
const DATABASE_CLOSE_MS = CLOSE_TIMEOUT_MS + 1000;
const HOME_REFRESH_INTERVAL_MS = 3000;
const PROFILE_TIMEOUT_MS = 1500;

/** The composition root: configuration in, a running Touchbase out. */
export async function startTouchbase(options: TouchbaseOptions): Promise<RunningTouchbase> {
  const { env, logger } = options;
  const clock = options.clock ?? systemClock;
  const target = options.databaseTarget ?? resolveDatabaseTarget(env.DATABASE_URL, env.DATA_DIR);
  const database = await openDatabase(target, {
    timeouts: databaseTimeouts(env.DATABASE_TIMEOUT_MS),
    onMigrated: (applied) => {
      if (applied.length > 0) logger.info({ applied }, 'database migrations applied');
    },
  }).catch((error: Error) => {
    throw new StartupError(`Cannot open the database: ${error.message}`);
  });
  // After the database: a start that fails there has started no metrics to stop.
  const metrics = createMetrics();

  let slackReady = false;
  const web = express();
  web.disable('x-powered-by');
  web.use(
    opsRoutes(
      {
        databaseReady: () => database.ping(),
        slackReady: () => slackReady,
        needingReinstall: async () =>
          installs.installations ? installs.installations.needingReinstall() : null,
      },
      metrics,
    ),
  );
  const placement = metricsPlacement(env);
  if (placement.onAppPort) web.use(metricsRoute(metrics, placement.token));
  let metricsServer: Server | undefined;
  if (placement.separatePort !== null) {
    metricsServer = await serveMetrics(metrics, placement.separatePort, placement.token).catch(
      async (error: Error) => {
        await database.close();
        metrics.stop();
        throw new StartupError(
          `Cannot serve /metrics on METRICS_PORT ${placement.separatePort}: ${error.message}`,
        );
      },
    );
  }

  const workspaces = new WorkspaceService(new WorkspaceRepository(database.prisma), {
    locale: env.DEFAULT_LOCALE ?? 'en',
    timezone: env.DEFAULT_TIMEZONE ?? 'Europe/Stockholm',
    holidayCountry: env.HOLIDAY_COUNTRY ?? null,
  });
  const installs = createInstalls({ env, database, workspaces, clock, logger, metrics });
  const { app, mode } = createBoltApp({
    env,
    logger,
    metrics,
    web,
    retryConfig: options.slackRetryConfig ?? DEFAULT_RETRIES,
    installer: installs.installer,
  });
  // Profiles are read while a user waits for an answer Slack wants within 3 s: one
  // quick try, and on failure the request goes on with what we already know.
  const profileClient = new WebClient(env.SLACK_BOT_TOKEN, {
    ...slackClientOptions(env, metrics, { retries: 0 }),
    timeout: PROFILE_TIMEOUT_MS,
  });
  const employeeRepository = new EmployeeRepository(database.prisma);
  const profileSource = new SlackProfileSource(profileClient, installs.tokenFor);
  const employees = new EmployeeService({
    employees: employeeRepository,
    profiles: profileSource,
    clock,
    adminSlackUserIds: new Set(env.ADMIN_SLACK_USER_IDS),
  });
  const profileSync = createProfileSyncJob({
    // The daily sync is not answering anyone: it may use the client that retries.
    sync: new SyncProfiles({
      employees: employeeRepository,
      directory: new SlackProfileSource(app.client, installs.tokenFor),
      cache: employees,
      clock,
    }),
    workspaces: () => installs.servedWorkspaces(),
    logger,
    metrics,
  });
  const inFlight = new InFlight();
  const outage = databaseOutage({
    ping: (timeoutMs) => database.ping(timeoutMs),
    logger,
    defaultLocale: env.DEFAULT_LOCALE ?? 'en',
  });
  app.use(inFlight.middleware());
  app.use(requestMetrics(metrics));
  app.use(listenerErrors({ defaultLocale: env.DEFAULT_LOCALE ?? 'en', isOutage: isDatabaseUnavailable }));
  app.use(outage.guard);
  app.use(
    requestContext({
      workspaces,
      employees,
      servedRegister: (request) => installs.servedRegister(request),
      refusalLocale: async () => {
        const home = installs.homeTeamId();
        return home ? workspaceLocale(await workspaces.bySlackTeamId(home)) : (env.DEFAULT_LOCALE ?? 'en');
      },
      logger,
    }),
  );
  app.use(outage.skipAnswered);
  app.use(refuseUnstorableInput);
  app.use(staffGate({ workspaces, logger }));
  const activities = createActivityServices({
    activities: new ActivityRepository(database.prisma, database.plain),
    types: new ActivityTypeRepository(database.prisma),
    persons: new PersonSummaryRepository(database.prisma),
    employees,
    series: new ActivitySeriesRepository(),
    clock,
  });
  let homeUrl: string | undefined;
  // Digests and reminders both post DMs: one pace per workspace keeps them together under its rate.
  const paces = new WorkspacePaces(options.digestTuning?.ratePerSecond ?? env.DIGEST_RATE_PER_SECOND);
  const digests = createDigestJob({
    paces,
    stores: {
      deliveries: new DigestDeliveryRepository(database.prisma),
      activities: new DigestActivityRepository(database.prisma),
      recipients: new DigestRecipientRepository(database.prisma),
      teams: new TeamDigestRepository(database.prisma),
    },
    env,
    metrics,
    logger,
    clock,
    tuning: options.digestTuning,
    tokenFor: installs.tokenFor,
    homeUrl: () => homeUrl,
  });
  const retention = createRetentionJob({
    records: new RetentionRepository(database.prisma, database.sql),
    clock,
    logger,
    metrics,
    days: env.RETENTION_DAYS,
  });
  const privacy = createPrivacyServices(new PrivacyRepository(database.prisma), clock);
  // With one bot token these clients stand in for Bolt's own (app.client): its retries and logger.
  const clients = workspaceClients(
    installs,
    installs.kind === 'single'
      ? {
          ...slackClientOptions(env, metrics, options.slackRetryConfig ?? DEFAULT_RETRIES),
          logger: boltLogger(logger),
        }
      : slackClientOptions(env, metrics, DEFAULT_RETRIES),
  );
  const reminderWiring = wireReminders({
    prisma: database.prisma,
    plain: database.plain,
    activities,
    job: { env, metrics, logger, clock, paces, tokenFor: installs.tokenFor, tuning: options.reminderTuning },
    clientFor: clients.clientFor,
    slackTeamIdOf: (workspaceId) => workspaces.slackTeamIdOf(workspaceId),
    assignmentDrawIntervalMs: options.assignmentDrawIntervalMs,
  });
  const reminders = reminderWiring.job;
  const reminderRedraw = reminderWiring.redraw;
  const homes = new HomeRefresher<HomeNotice>(options.homeRefreshIntervalMs ?? HOME_REFRESH_INTERVAL_MS, {
    onError: (key, error) =>
      logger.warn({ err: error, home: key }, `could not redraw an App Home: ${(error as Error).message}`),
  });
  const listenerDeps: ListenerDeps = {
    privacy,
    clock,
    homes,
    reminders: reminderWiring.services,
    digests: { personal: digests.personal, homeUrl: () => homeUrl },
    employees,
    activities,
    ...registerServices({
      prisma: database.prisma,
      plain: database.plain,
      employees,
      employeeRepository,
      activities,
      clock,
    }),
  };
  registerListeners(app, listenerDeps);
  const installJobs = serveLifecycle({ app, installs, logger, metrics });
  // The REST API (product §7) on the same port in both modes; it acts as its token, not as a Slack user.
  const api = createApiDeps({
    env,
    logger,
    clock,
    prisma: database.prisma,
    plain: database.plain,
    listenerDeps,
    clientFor: clients.clientFor,
    slackTeamIdOf: (workspaceId) => workspaces.slackTeamIdOf(workspaceId),
  });
  web.use('/api/v1', apiRouter(api));
  // Import jobs whose process died are marked interrupted (they are not resumed; see README).
  await recoverImportJobs(api.importJobs, logger);
  app.error(async (error) => {
    // Slack's own failures to open a modal were already explained to the user. Bolt
    // hands on an error without a code wrapped, the listener's own as `original`.
    const thrown = (error as { original?: unknown }).original ?? error;
    if (thrown instanceof ModalNotOpened)
      logger.warn({ err: thrown.cause, failure: thrown.failure }, thrown.message);
    else if ((error as { code?: string }).code === ErrorCode.AuthorizationError)
      // Distributed mode: a request from a workspace with no install (or one just uninstalled).
      logger.warn(
        { reason: (error as Error).message },
        'refused a request from a workspace without an install',
      );
    else logger.error({ err: error }, 'unhandled error in a Slack listener');
  });

  let server: Server | undefined;
  try {
    if (installs.kind === 'distributed') {
      // No token to check: each workspace brings its own when it installs.
      await app.init();
    } else {
      // Bolt's init checks the token with its own auth.test; ours names the workspace. Both at
      // once, and the workspace row with the Home link at once too: each is a round trip to Slack
      // that would otherwise delay readiness. In an Enterprise Grid organization auth.test names
      // it too: its members from other workspaces are staff here (product §10.4).
      const [, auth] = await Promise.all([app.init(), app.client.auth.test()]);
      const teamId = auth.team_id;
      if (!teamId) throw new Error('auth.test did not name the workspace');
      const [workspace, link] = await Promise.all([
        workspaces.ensure(teamId, auth.team ?? teamId, auth.enterprise_id || null),
        appHomeUrl(app.client, teamId, auth.bot_id),
      ]);
      homeUrl = link;
      warnAboutSeedVariables(env, workspace, logger);
      installs.serveOnly(teamId);
    }
    slackReady = true;
    if (mode === 'http') {
      server = (await app.start(env.PORT)) as Server;
    } else {
      await app.start();
      server = await listen(web, env.PORT);
    }
  } catch (error) {
    await app.stop().catch(() => undefined);
    await closeServer(metricsServer);
    await database.close();
    metrics.stop();
    throw new StartupError(`Cannot connect to Slack: ${describeSlackError(error)}`);
  }
  const port = (server.address() as AddressInfo).port;
  const metricsPort = servedMetricsPort(placement, port, metricsServer);
  logger.info({ mode, port, metricsPort }, 'Touchbase is running');
  if ((options.scheduler ?? 'cron') === 'cron') {
    digests.job.start();
    reminders.start();
    retention.start();
    profileSync.start();
    installJobs?.erasure.start();
    installJobs?.tokenRefresh.start();
  }

  return {
    mode,
    port,
    metricsPort,
    database,
    metrics,
    runDigestTick: () => digests.job.runNow(),
    async redrawWaitingHomes() {
      await inFlight.idle();
      await homes.drawWaiting();
    },
    runReminderTick: () => reminders.runNow(),
    syncProfiles: () => profileSync.runNow(),
    runRetention: () => retention.runNow(),
    eraseUninstalledWorkspaces: async () => (installJobs ? installJobs.erasure.runNow() : null),
    refreshTokens: async () => (installJobs ? installJobs.tokenRefresh.runNow() : null),
    async idle() {
      // One kind of work can start another (a listener redraws Homes): repeat until all are quiet.
      const busy = () =>
        inFlight.count > 0 ||
        api.notifier.pending > 0 ||
        api.authenticator.pending > 0 ||
        !homes.isIdle ||
        reminderRedraw.pending > 0;
      while (busy()) {
        await inFlight.idle();
        await api.notifier.idle();
        await api.authenticator.idle();
        await homes.idle();
        await reminderRedraw.idle();
      }
    },
    async stop() {
      slackReady = false;
      const deadline = Date.now() + DRAIN_TIMEOUT_MS;
      const left = () => Math.max(0, deadline - Date.now());
      // Each step waits for work in progress, which waits for the database: a
      // database that answers nothing must not keep the process from stopping.
      const drained = await within(left(), async () => {
        await digests.job.stop();
        await reminders.stop();
        await profileSync.stop();
        await retention.stop();
        await installJobs?.erasure.stop();
        await installJobs?.tokenRefresh.stop();
        if (mode === 'socket') await closeServer(server);
        await closeServer(metricsServer);
        await app.stop();
        await api.importJobs.stop();
        await api.notifier.idle();
        await reminderRedraw.idle();
        await homes.stop();
        return inFlight.drained(left());
      });
      if (drained !== true) {
        logger.warn({ running: inFlight.count }, 'stopped with work still running');
        server?.closeAllConnections();
      }
      const closed = await within(DATABASE_CLOSE_MS, async () => {
        await database.close();
        return true;
      });
      if (!closed) logger.warn('the database did not close in time; its connections were abandoned');
      metrics.stop();
    },
  };
}

/**
 * DEFAULT_LOCALE, DEFAULT_TIMEZONE and HOLIDAY_COUNTRY only seed a new workspace. An operator
 * who changes one later is told at start why nothing changed, and where the setting lives now.
 */
function warnAboutSeedVariables(env: Env, workspace: Workspace, logger: Logger): void {
  for (const difference of seedDifferences(env, settingsOf(workspace))) {
    logger.warn(
      difference,
      `${difference.variable}=${difference.environment} differs from the workspace's setting (${difference.stored}) and is ignored: it only seeds a new workspace. Change the setting in Slack: /activity admin → Workspace settings.`,
    );
  }
}

function listen(web: express.Express, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = web.listen(port, () => resolve(server));
    server.once('error', reject);
  });
}

function closeServer(server: Server | undefined): Promise<void> {
  return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
}

function describeSlackError(error: unknown): string {
  const data = (error as { data?: { error?: string } }).data;
  if (data?.error === 'invalid_auth' || data?.error === 'not_authed') {
    return 'the token was refused (invalid_auth). Check SLACK_BOT_TOKEN (and SLACK_APP_TOKEN in Socket Mode).';
  }
  if (data?.error) return `Slack answered "${data.error}".`;
  return `${(error as Error).message}. Check the network and SLACK_API_URL.`;
}
