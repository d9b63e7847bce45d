import type { Installation, InstallationQuery } from './installation';
import { installKeyOf, installKeysFor } from './installation';
import type { Installations } from './installation-ports';

/** Installs as requests and jobs need them: found by team and organization, recorded, removed. */
export class InstallationService {
  constructor(private readonly installations: Installations) {}

  /** A new install or a reinstall: it replaces whatever that workspace or organization had. */
  record(installation: Installation): Promise<void> {
    return this.installations.save(installation);
  }

  /** The install serving this team (its own, or its organization's org-wide one); null when none. */
  find(query: InstallationQuery): Promise<Installation | null> {
    return this.installations.findFirst(installKeysFor(query));
  }

  /** Workspaces installed on their own (not through an organization's install). */
  installedTeamIds(): Promise<string[]> {
    return this.installations.teamIds();
  }

  /** Forgets the install a query names exactly (its tokens go with it). */
  async remove(query: InstallationQuery): Promise<void> {
    const found = await this.find(query);
    if (found) await this.installations.delete(installKeyOf(found));
  }
}
