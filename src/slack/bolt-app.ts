import { type App, ExpressReceiver } from '@slack/bolt';
import type { RetryOptions, WebClientOptions } from '@slack/web-api';
import type { Express } from 'express';
import type { Env } from '../config/env';
import { instrumentedFetch } from '../observability/instrumented-fetch';
import { boltLogger, type Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import { AnswerOnceApp } from './answer-once';
import { futureTimestampGuard } from './future-timestamp-guard';
import { renderInstallPage, sharedRegisterInstallRoute } from './installation/install-page';
import { type InstallerSetup, serveInstallPages } from './installation/install-pages';

export type SlackMode = 'http' | 'socket';

/** Web API options every client of ours shares: the API URL, retries, and metrics. */
export function slackClientOptions(env: Env, metrics: Metrics, retryConfig: RetryOptions): WebClientOptions {
  return {
    ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
    // Explicit: Socket Mode would otherwise write 100 retries into shared options.
    retryConfig,
    fetch: instrumentedFetch(metrics),
  };
}

export interface BoltAppOptions {
  env: Env;
  logger: Logger;
  metrics: Metrics;
  /** Our own routes (/healthz, /readyz, /metrics …), served beside /slack/events in HTTP mode and the install pages in Socket Mode. */
  web: Express;
  retryConfig: RetryOptions;
  /** Distributed mode: installs through OAuth on /slack/install and /slack/oauth_redirect. */
  installer?: InstallerSetup;
}

export type { InstallerSetup };

/**
 * HTTP receiver on /slack/events, or Socket Mode when SLACK_APP_TOKEN is set. Distributed mode
 * serves /slack/install and /slack/oauth_redirect in both: on the receiver's routes in HTTP mode,
 * on Touchbase's own HTTP server (`web`) in Socket Mode.
 * Initialisation is deferred so a bad token or unreachable Slack surfaces from
 * `app.init()` as one clear error instead of an unhandled rejection.
 */
export function createBoltApp({ env, logger, metrics, web, retryConfig, installer }: BoltAppOptions): {
  app: App;
  mode: SlackMode;
} {
  const log = boltLogger(logger);
  const clientOptions = {
    ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
    // Explicit: Socket Mode would otherwise write 100 retries into these shared options.
    retryConfig,
    fetch: instrumentedFetch(metrics),
  };
  if (env.SLACK_APP_TOKEN) {
    // Distributed mode: the install pages on our own HTTP server; each event from the socket is
    // authorized with the install of its workspace. One workspace: the bot token.
    const auth = installer
      ? { authorize: serveInstallPages({ web, installer, clientOptions, logger: log }) }
      : { token: env.SLACK_BOT_TOKEN };
    const app = new AnswerOnceApp({
      ...auth,
      appToken: env.SLACK_APP_TOKEN,
      socketMode: true,
      deferInitialization: true,
      logger: log,
      clientOptions,
    });
    return { app, mode: 'socket' };
  }
  // Registered before the receiver's route, so it runs first.
  web.post('/slack/events', futureTimestampGuard(logger));
  let receiver: ExpressReceiver | undefined;
  if (installer) {
    web.get(
      '/slack/install',
      sharedRegisterInstallRoute({ installer: () => receiver?.installer, scopes: installer.scopes }),
    );
  }
  receiver = new ExpressReceiver({
    signingSecret: env.SLACK_SIGNING_SECRET ?? '',
    endpoints: '/slack/events',
    logger: log,
    app: web,
    ...(installer
      ? {
          clientId: installer.clientId,
          clientSecret: installer.clientSecret,
          scopes: [...installer.scopes],
          installationStore: installer.installationStore,
          installerOptions: {
            stateStore: installer.stateStore,
            // /slack/install shows an "Add to Slack" page; oauth.v2.access goes where every call goes.
            directInstall: false,
            renderHtmlForInstallPath: renderInstallPage,
            clientOptions,
          },
        }
      : {}),
  });
  const app = new AnswerOnceApp({
    // Distributed mode: no token; Bolt authorizes each request from the installation store.
    token: installer ? undefined : env.SLACK_BOT_TOKEN,
    receiver,
    deferInitialization: true,
    logger: log,
    clientOptions,
  });
  return { app, mode: 'http' };
}
