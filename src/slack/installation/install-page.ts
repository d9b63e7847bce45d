import { AsyncLocalStorage } from 'node:async_hooks';
import type { InstallProvider } from '@slack/oauth';
import type { NextFunction, Request, Response } from 'express';

/**
 * The choice an org-wide install carries through Slack's consent page, in the OAuth state
 * (signed and stored by our state store, so nobody can change it on the way back).
 */
export const SHARED_REGISTER_METADATA = JSON.stringify({ register: 'shared' });

/** Whether an install's metadata asks for one register for the whole organization (product §10.4). */
export function asksForSharedRegister(metadata: string | undefined): boolean {
  if (!metadata) return false;
  try {
    return (JSON.parse(metadata) as { register?: unknown }).register === 'shared';
  } catch {
    return false;
  }
}

const choice = new AsyncLocalStorage<'shared'>();

/**
 * The "Add to Slack" page. `/slack/install` installs with one register per workspace;
 * `/slack/install?register=shared` lets an Enterprise Grid admin install org-wide with one
 * register for the whole organization. The first link on the page is always Slack's.
 */
export function renderInstallPage(addToSlackUrl: string): string {
  const shared = choice.getStore() === 'shared';
  const explanation = shared
    ? `<p><strong>One register for the whole organization.</strong> Install Touchbase org-wide
(choose your Enterprise Grid organization on Slack's page): every workspace of the organization
then shares one contact register, one set of activities, types, teams and settings.</p>
<p>Want each workspace to keep its own data? <a href="/slack/install">Install with one register per workspace</a>.</p>`
    : `<p>Each workspace keeps its own contacts, activities, teams and settings. Installed org-wide in an
Enterprise Grid organization, Touchbase serves every workspace of it, each with its own register.</p>
<p>Enterprise Grid admins who want one register for the whole organization:
<a href="/slack/install?register=shared">install org-wide with one shared register</a>.</p>`;
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>Install Touchbase</title>
<style>body { padding: 10px 15px; font-family: verdana, sans-serif; max-width: 40em; margin: auto; }</style>
</head>
<body>
<h2>Install Touchbase</h2>
<p><a href="${addToSlackUrl}"><img alt="Add to Slack" height="40" width="139" src="https://platform.slack-edge.com/img/add_to_slack.png" srcset="https://platform.slack-edge.com/img/add_to_slack.png 1x, https://platform.slack-edge.com/img/add_to_slack@2x.png 2x" /></a></p>
${explanation}
</body>
</html>`;
}

/**
 * GET /slack/install?register=shared, ahead of Bolt's own /slack/install: the same install
 * link, whose state carries the organization's choice of one shared register. Any other
 * request goes on to Bolt's.
 */
export function sharedRegisterInstallRoute(deps: {
  installer: () => InstallProvider | undefined;
  scopes: readonly string[];
}) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const installer = deps.installer();
    if (req.query.register !== 'shared' || !installer) return next();
    try {
      await choice.run('shared', () =>
        installer.handleInstallPath(req, res, undefined, {
          scopes: [...deps.scopes],
          metadata: SHARED_REGISTER_METADATA,
        }),
      );
    } catch (error) {
      next(error);
    }
  };
}
