import { BOT_SCOPES } from '../../src/slack/installation/bot-scopes';
import type { Organization, SlackDouble } from './slack-double';
import type { TestApp } from './test-app';

const STATE_COOKIE = 'slack-app-oauth-state';

export interface InstallStart {
  /** The state Touchbase put on the link to Slack's authorize page. */
  state: string;
  /** The browser's cookie for it, as Set-Cookie gave it. */
  cookie: string;
}

/**
 * A browser opening /slack/install (or `/slack/install?register=shared`, an Enterprise Grid admin's
 * choice of one register for the organization): the "Add to Slack" page, its link's state and the cookie.
 */
export async function openInstallPage(
  t: TestApp,
  path = '/slack/install',
): Promise<InstallStart & { html: string }> {
  const response = await fetch(`${t.baseUrl}${path}`);
  if (response.status !== 200) throw new Error(`/slack/install answered ${response.status}`);
  const html = await response.text();
  const link = /<a href="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
  const state = link ? new URL(link).searchParams.get('state') : null;
  const cookie = /slack-app-oauth-state=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!state || !cookie) throw new Error('/slack/install gave no state link or cookie');
  return { html, state, cookie };
}

/** Slack redirecting the browser back to /slack/oauth_redirect with a code and a state. */
export async function oauthRedirect(
  t: TestApp,
  input: { code: string; state: string; cookie?: string },
): Promise<{ status: number; html: string }> {
  const query = new URLSearchParams({ code: input.code, state: input.state });
  const response = await fetch(`${t.baseUrl}/slack/oauth_redirect?${query}`, {
    headers: input.cookie ? { cookie: `${STATE_COOKIE}=${input.cookie}` } : {},
  });
  return { status: response.status, html: await response.text() };
}

/** The whole flow: open the install page, Allow in `workspace` as `userId`, come back. */
export async function installThroughOAuth(
  t: TestApp,
  workspace: SlackDouble,
  input: { userId: string; rotating?: boolean },
): Promise<InstallStart & { code: string; status: number; html: string }> {
  const start = await openInstallPage(t);
  const code = workspace.authorizeInstall({
    userId: input.userId,
    scopes: [...BOT_SCOPES],
    rotating: input.rotating,
  });
  const back = await oauthRedirect(t, { code, state: start.state, cookie: start.cookie });
  if (back.status !== 200) throw new Error(`the OAuth redirect answered ${back.status}: ${back.html}`);
  return { ...start, code, ...back };
}

/**
 * An org admin installs Touchbase org-wide into an Enterprise Grid organization: opens the install
 * page (`shared`: the link for one register for the whole organization), picks the organization
 * on Slack's page and allows (`rotating`: with token rotation on), and comes back.
 */
export async function installOrgWide(
  t: TestApp,
  organization: Organization<SlackDouble>,
  input: { userId: string; shared?: boolean; rotating?: boolean },
): Promise<InstallStart & { code: string; status: number; html: string }> {
  const start = await openInstallPage(t, input.shared ? '/slack/install?register=shared' : '/slack/install');
  const code = t.double.authorizeOrgInstall(organization, {
    userId: input.userId,
    scopes: [...BOT_SCOPES],
    rotating: input.rotating,
  });
  const back = await oauthRedirect(t, { code, state: start.state, cookie: start.cookie });
  if (back.status !== 200) throw new Error(`the OAuth redirect answered ${back.status}: ${back.html}`);
  return { ...start, code, ...back };
}
