import type { OAuthStates } from '../../domain/installations/installation-ports';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';

export class OAuthStateRepository implements OAuthStates {
  constructor(private readonly prisma: PrismaClient) {}

  async put(input: { stateHash: string; installOptions: unknown; expiresAt: Date }): Promise<void> {
    await this.prisma.oAuthState.create({
      data: {
        stateHash: input.stateHash,
        installOptions: input.installOptions as Prisma.InputJsonValue,
        expiresAt: input.expiresAt,
      },
    });
  }

  /** A DELETE that returns the row: of two callbacks with the same state, one gets it. */
  async take(stateHash: string, now: Date): Promise<unknown | null> {
    // Expired states are cleared on the way, so the table holds only installs in flight.
    await this.prisma.oAuthState.deleteMany({ where: { expiresAt: { lte: now } } });
    const rows = await this.prisma.$queryRaw<{ installOptions: unknown }[]>`
      DELETE FROM "OAuthState" WHERE "stateHash" = ${stateHash} AND "expiresAt" > ${now}
      RETURNING "installOptions"`;
    return rows[0]?.installOptions ?? null;
  }
}
