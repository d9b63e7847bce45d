import { type Installation, installKeyOf } from '../../domain/installations/installation';
import type { Installations, RefreshedTokens } from '../../domain/installations/installation-ports';
import type { TokenCipher } from '../../domain/installations/token-cipher';
import type { Installation as InstallationRow, PrismaClient } from '../../generated/prisma/client';

/** Installs with their tokens sealed by the cipher on the way in and opened on the way out. */
export class InstallationRepository implements Installations {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly cipher: TokenCipher,
  ) {}

  async save(installation: Installation): Promise<void> {
    const installKey = installKeyOf(installation);
    const data = {
      teamId: installation.teamId,
      teamName: installation.teamName,
      enterpriseId: installation.enterpriseId,
      enterpriseName: installation.enterpriseName,
      isEnterpriseInstall: installation.isEnterpriseInstall,
      appId: installation.appId,
      botId: installation.botId,
      botUserId: installation.botUserId,
      botScopes: installation.botScopes,
      botToken: this.cipher.seal(installation.botToken),
      botRefreshToken: installation.botRefreshToken ? this.cipher.seal(installation.botRefreshToken) : null,
      botTokenExpiresAt: installation.botTokenExpiresAt,
      installerUserId: installation.installerUserId,
      needsReinstall: false,
      refreshClaimedUntil: null,
    };
    // The organization's choice of register stays what the first install made it: a reinstall
    // (new scopes, another admin) must not move the organization's data (product §10.4).
    await this.prisma.installation.upsert({
      where: { installKey },
      create: { installKey, ...data, sharedRegister: installation.sharedRegister },
      update: data,
    });
  }

  async findFirst(keys: string[]): Promise<Installation | null> {
    if (keys.length === 0) return null;
    const rows = await this.prisma.installation.findMany({ where: { installKey: { in: keys } } });
    const row = keys.map((key) => rows.find((candidate) => candidate.installKey === key)).find(Boolean);
    return row ? this.toInstallation(row) : null;
  }

  async teamIds(): Promise<string[]> {
    const rows = await this.prisma.installation.findMany({
      where: { isEnterpriseInstall: false, teamId: { not: null } },
      select: { teamId: true },
      orderBy: { teamId: 'asc' },
    });
    return rows.flatMap((row) => (row.teamId ? [row.teamId] : []));
  }

  async enterpriseIds(): Promise<string[]> {
    const rows = await this.prisma.installation.findMany({
      where: { isEnterpriseInstall: true, enterpriseId: { not: null } },
      select: { enterpriseId: true },
      orderBy: { enterpriseId: 'asc' },
    });
    return rows.flatMap((row) => (row.enterpriseId ? [row.enterpriseId] : []));
  }

  async delete(key: string): Promise<void> {
    await this.prisma.installation.deleteMany({ where: { installKey: key } });
  }

  /** One conditional UPDATE: PostgreSQL re-checks the condition on a row another claim just changed. */
  async claimRefresh(input: { key: string; now: Date; until: Date; expiringBefore: Date }): Promise<boolean> {
    const { count } = await this.prisma.installation.updateMany({
      where: {
        installKey: input.key,
        needsReinstall: false,
        botRefreshToken: { not: null },
        botTokenExpiresAt: { lt: input.expiringBefore },
        OR: [{ refreshClaimedUntil: null }, { refreshClaimedUntil: { lt: input.now } }],
      },
      data: { refreshClaimedUntil: input.until },
    });
    return count === 1;
  }

  async saveRefreshed(input: RefreshedTokens): Promise<void> {
    await this.prisma.installation.updateMany({
      where: { installKey: input.key },
      data: {
        botToken: this.cipher.seal(input.botToken),
        botRefreshToken: this.cipher.seal(input.botRefreshToken),
        botTokenExpiresAt: input.expiresAt,
        refreshClaimedUntil: null,
      },
    });
  }

  async markNeedsReinstall(key: string): Promise<void> {
    await this.prisma.installation.updateMany({
      where: { installKey: key },
      data: { needsReinstall: true, refreshClaimedUntil: null },
    });
  }

  async expiringBefore(before: Date): Promise<string[]> {
    const rows = await this.prisma.installation.findMany({
      where: { needsReinstall: false, botRefreshToken: { not: null }, botTokenExpiresAt: { lt: before } },
      select: { installKey: true },
      orderBy: { botTokenExpiresAt: 'asc' },
    });
    return rows.map((row) => row.installKey);
  }

  async needingReinstall(): Promise<string[]> {
    const rows = await this.prisma.installation.findMany({
      where: { needsReinstall: true },
      select: { installKey: true },
      orderBy: { installKey: 'asc' },
    });
    return rows.map((row) => row.installKey);
  }

  private toInstallation(row: InstallationRow): Installation {
    return {
      teamId: row.teamId,
      teamName: row.teamName,
      enterpriseId: row.enterpriseId,
      enterpriseName: row.enterpriseName,
      isEnterpriseInstall: row.isEnterpriseInstall,
      appId: row.appId,
      botId: row.botId,
      botUserId: row.botUserId,
      botScopes: row.botScopes,
      botToken: this.cipher.open(row.botToken),
      botRefreshToken: row.botRefreshToken ? this.cipher.open(row.botRefreshToken) : null,
      botTokenExpiresAt: row.botTokenExpiresAt,
      installerUserId: row.installerUserId,
      needsReinstall: row.needsReinstall,
      sharedRegister: row.sharedRegister,
    };
  }
}
