import type { App } from '@slack/bolt';
import type { GrantTeamAccess } from '../../domain/installations/grant-team-access';
import type { RevokeTeamAccess } from '../../domain/installations/revoke-team-access';
import type { UninstallReason, UninstallWorkspace } from '../../domain/installations/uninstall-workspace';
import type { Logger } from '../../observability/logger';

interface EventEnvelope {
  team_id?: string;
  enterprise_id?: string;
  is_enterprise_install?: boolean;
  authorizations?: {
    team_id?: string | null;
    enterprise_id?: string | null;
    is_enterprise_install?: boolean;
  }[];
}

/** Which install an event is about: the team and organization Slack names on the envelope. */
function installOf(body: EventEnvelope) {
  const authorization = body.authorizations?.[0];
  return {
    teamId: body.team_id ?? authorization?.team_id ?? undefined,
    enterpriseId: body.enterprise_id ?? authorization?.enterprise_id ?? undefined,
    isEnterpriseInstall: body.is_enterprise_install ?? authorization?.is_enterprise_install ?? false,
  };
}

/**
 * product §10.2: `app_uninstalled`, and `tokens_revoked` naming the bot, take Touchbase out of
 * service in that workspace at once (Bolt calls these listeners without looking for an install).
 * A revoked user token alone changes nothing: Touchbase keeps none.
 */
export function registerLifecycleListeners(
  app: App,
  deps: {
    uninstall: UninstallWorkspace;
    revokeTeamAccess: RevokeTeamAccess;
    grantTeamAccess: GrantTeamAccess;
    logger: Logger;
  },
): void {
  const uninstall = async (body: EventEnvelope, reason: UninstallReason) => {
    const install = installOf(body);
    const orgWide = install.isEnterpriseInstall && install.enterpriseId !== undefined;
    if (!install.teamId && !orgWide) {
      deps.logger.warn(
        { reason, enterpriseId: install.enterpriseId ?? null },
        'an uninstall event named no workspace',
      );
      return;
    }
    const { eraseAfter, registers } = await deps.uninstall.execute(install, reason);
    deps.logger.info(
      {
        teamId: install.teamId ?? null,
        enterpriseId: install.enterpriseId ?? null,
        registers,
        reason,
        eraseAfter: eraseAfter.toISOString(),
      },
      'Touchbase was uninstalled from a workspace: its jobs stopped, its tokens deleted, its data kept until eraseAfter',
    );
  };
  app.event('app_uninstalled', async ({ body }) => uninstall(body as EventEnvelope, 'app_uninstalled'));
  app.event('tokens_revoked', async ({ body, event }) => {
    if ((event.tokens.bot ?? []).length === 0) return;
    await uninstall(body as EventEnvelope, 'tokens_revoked');
  });
  registerTeamAccessListeners(app, deps);
}

/**
 * product §10.4: an org admin removed the org-wide app from workspaces of the organization
 * (`team_access_revoked`), or added it back (`team_access_granted`). Only those workspaces'
 * registers go out of service or come back; the install serves the others as before.
 */
function registerTeamAccessListeners(
  app: App,
  deps: { revokeTeamAccess: RevokeTeamAccess; grantTeamAccess: GrantTeamAccess; logger: Logger },
): void {
  app.event('team_access_revoked', async ({ body, event }) => {
    const enterpriseId = installOf(body as EventEnvelope).enterpriseId;
    if (!enterpriseId) return;
    const { registers, eraseAfter } = await deps.revokeTeamAccess.execute({
      enterpriseId,
      teamIds: event.team_ids,
    });
    deps.logger.info(
      { enterpriseId, teamIds: event.team_ids, registers, eraseAfter: eraseAfter.toISOString() },
      'Touchbase was removed from workspaces of an organization: their jobs stopped, their data kept until eraseAfter',
    );
  });
  app.event('team_access_granted', async ({ body, event }) => {
    const enterpriseId = installOf(body as EventEnvelope).enterpriseId;
    if (!enterpriseId) return;
    const { registers } = await deps.grantTeamAccess.execute({ enterpriseId, teamIds: event.team_ids });
    deps.logger.info(
      { enterpriseId, teamIds: event.team_ids, registers },
      'Touchbase was added to workspaces of an organization: their registers are in service',
    );
  });
}
