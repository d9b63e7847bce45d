import type { Workspace } from '../../domain/workspaces/workspace';
import type { PrismaClient } from '../../generated/prisma/client';

/** The workspaces an import may go into (the CLI chooses one by Slack team id). */
export class ImportWorkspaceRepository {
  constructor(private readonly prisma: PrismaClient) {}

  list(): Promise<Workspace[]> {
    return this.prisma.workspace.findMany({ orderBy: { id: 'asc' } });
  }
}
