import type { Authorize } from '@slack/bolt';
import {
  type InstallationStore,
  InstallProvider,
  type Logger as OAuthLogger,
  type StateStore,
} from '@slack/oauth';
import type { WebClientOptions } from '@slack/web-api';
import type { Express, NextFunction, Request, Response } from 'express';
import { renderInstallPage, sharedRegisterInstallRoute } from './install-page';

/** Distributed mode: what Bolt's OAuth needs to serve /slack/install and /slack/oauth_redirect. */
export interface InstallerSetup {
  clientId: string;
  clientSecret: string;
  scopes: readonly string[];
  installationStore: InstallationStore;
  stateStore: StateStore;
}

export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

/**
 * Distributed mode over Socket Mode: the events come over the socket, but Slack sends a browser
 * back from its consent page over HTTP. Bolt's SocketModeReceiver would open an HTTP server of
 * its own for that (on a port of its own, 3000 unless told); instead the two pages are served on
 * Touchbase's own HTTP server (PORT, beside /healthz and /api/v1), with the same installer as in
 * HTTP mode: the "Add to Slack" page, the state store, the installation store. Returns how Bolt
 * authorizes each event from the socket: with the install of the workspace it comes from.
 */
export function serveInstallPages(deps: {
  web: Express;
  installer: InstallerSetup;
  clientOptions: WebClientOptions;
  logger: OAuthLogger;
}): Authorize<boolean> {
  const { installer } = deps;
  const provider = new InstallProvider({
    clientId: installer.clientId,
    clientSecret: installer.clientSecret,
    installationStore: installer.installationStore,
    stateStore: installer.stateStore,
    // /slack/install shows an "Add to Slack" page; oauth.v2.access goes where every call goes.
    directInstall: false,
    renderHtmlForInstallPath: renderInstallPage,
    authVersion: 'v2',
    logger: deps.logger,
    clientOptions: deps.clientOptions,
  });
  const page =
    (handle: (req: Request, res: Response) => Promise<void>) =>
    (req: Request, res: Response, next: NextFunction) => {
      handle(req, res).catch(next);
    };
  deps.web.get(
    INSTALL_PATH,
    sharedRegisterInstallRoute({ installer: () => provider, scopes: installer.scopes }),
  );
  deps.web.get(
    INSTALL_PATH,
    page((req, res) => provider.handleInstallPath(req, res, undefined, { scopes: [...installer.scopes] })),
  );
  deps.web.get(
    REDIRECT_PATH,
    page((req, res) => provider.handleCallback(req, res)),
  );
  return provider.authorize;
}
