import { AppError } from '../app-error';
import type { Workspace } from '../workspaces/workspace';

/**
 * The workspace an import goes into: the one named by Slack team id, or the only
 * one there is. With several and none named, the importer must choose.
 */
export function chooseWorkspace(workspaces: Workspace[], slackTeamId: string | undefined): Workspace {
  if (slackTeamId) {
    const named = workspaces.find((workspace) => workspace.slackTeamId === slackTeamId);
    if (!named)
      throw new AppError('import_workspace_unknown', (m) => m.imports.cli.workspaceUnknown(slackTeamId));
    return named;
  }
  const [only, ...others] = workspaces;
  if (!only) throw new AppError('import_no_workspace', (m) => m.imports.cli.noWorkspace);
  if (others.length > 0) {
    const ids = workspaces.map((workspace) => workspace.slackTeamId).join(', ');
    throw new AppError('import_workspace_needed', (m) => m.imports.cli.workspaceNeeded(ids));
  }
  return only;
}
