import { personToExportNotFound } from './export-person';
import { allowedWorkspace, type PrivacyActor } from './privacy-actor';
import type { PrivacyRecords } from './privacy-ports';

/**
 * Refuses what ExportPerson would refuse (not an admin, no such person) before any slow
 * work, so Slack can answer the form in time and export after.
 */
export class CheckPersonExport {
  constructor(private readonly repository: PrivacyRecords) {}

  async execute(actor: PrivacyActor, personId: number): Promise<void> {
    const workspaceId = allowedWorkspace(actor);
    if (!(await this.repository.findPerson(workspaceId, personId))) throw personToExportNotFound();
  }
}
