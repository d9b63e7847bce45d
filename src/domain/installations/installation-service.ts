import type { Installation, InstallationQuery, Register } from './installation';
import { installKeyOf, installKeysFor, registerFor } from './installation';
import type { Installations } from './installation-ports';
import type { RefreshTokens } from './refresh-tokens';

/** Installs as requests and jobs need them: found by team and organization, recorded, removed. */
export class InstallationService {
  constructor(
    private readonly installations: Installations,
    /** Token rotation: a token near its expiry is refreshed before it is handed out. */
    private readonly rotation?: RefreshTokens,
  ) {}

  /**
   * A new install or a reinstall: it replaces whatever that workspace or organization had, except
   * the organization's choice of register (product §10.4). The install as stored.
   */
  async record(installation: Installation): Promise<Installation> {
    await this.installations.save(installation);
    return (await this.installations.findFirst([installKeyOf(installation)])) ?? installation;
  }

  /** The register a request acts in (product §10.4), or undefined when no install serves it. */
  async registerOf(query: InstallationQuery): Promise<Register | undefined> {
    const found = await this.installations.findFirst(installKeysFor(query));
    return found ? registerFor(found, query) : undefined;
  }

  /**
   * The install serving this team (its own, or its organization's org-wide one), its token
   * refreshed first when it is about to expire; null when none.
   */
  async find(query: InstallationQuery): Promise<Installation | null> {
    const found = await this.installations.findFirst(installKeysFor(query));
    if (!found || !this.rotation) return found;
    return this.rotation.fresh(found);
  }

  /** Workspaces installed on their own (not through an organization's install). */
  installedTeamIds(): Promise<string[]> {
    return this.installations.teamIds();
  }

  /** Organizations installed org-wide: each serves every workspace of the organization. */
  installedEnterpriseIds(): Promise<string[]> {
    return this.installations.enterpriseIds();
  }

  /** Keys of installs whose refresh Slack refused: someone must install again. */
  needingReinstall(): Promise<string[]> {
    return this.installations.needingReinstall();
  }

  /** Forgets the install a query names exactly (its tokens go with it). */
  async remove(query: InstallationQuery): Promise<void> {
    const found = await this.installations.findFirst(installKeysFor(query));
    if (found) await this.installations.delete(installKeyOf(found));
  }
}
