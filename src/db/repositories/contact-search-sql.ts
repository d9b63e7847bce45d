import { Prisma, type PrismaClient } from '../../generated/prisma/client';

// The SQL of the contact search (see ContactSearchRepository for the order of the tiers).

export type Transaction = Pick<PrismaClient, '$queryRaw'>;

export interface Tier {
  where: Prisma.Sql;
  /** The condition is answered by a b-tree on (workspaceId, …); others by the trigram index. */
  keyed?: boolean;
  /** Rank within the tier (0 first); matches of one rank are ordered by name. */
  rank?: Prisma.Sql;
  /** Rows looked at before ordering; without it the tier orders every match. */
  sample?: number;
  /** Fuzzy tiers: ordered by word similarity (the threshold is set for the transaction). */
  similarity?: boolean;
}

/**
 * Rows a tier looks at before ordering them. Matches within a tier share a rank,
 * so a bounded sample keeps every query fast however common the name is.
 */
export const TIER_SAMPLE = 400;
/** The first, broad look: when it holds fewer matches than this, it holds them all. */
export const SUBSTRING_SAMPLE = 1000;
/**
 * Word similarity (pg_trgm) for typos. Text of several words gets a strict pass
 * first: a wrong letter in a full name still leaves most of it, and the strict pass
 * looks at few candidates. One word is held to the lenient threshold at once (its
 * namesakes all score alike), loose enough for one wrong letter in seven.
 */
export const STRICT_SIMILARITY = 0.7;
export const LENIENT_SIMILARITY = 0.45;
/** Shorter text with a wrong letter resembles too much else to be guessed. */
export const LENIENT_MIN_LENGTH = 6;

export function manyWords(text: string): boolean {
  return text.includes(' ');
}

export async function similarityThreshold(tx: Transaction, threshold: number): Promise<void> {
  await tx.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(threshold)}, true)`;
}

const TABLES = {
  person: {
    table: Prisma.raw('"Person"'),
    columns: Prisma.raw('c.id, c.name, c.email, c.phone, c."externalId", c."organizationId"'),
  },
  organization: {
    table: Prisma.raw('"Organization"'),
    columns: Prisma.raw('c.id, c.name, c."orgNumber", c.email, c.phone, c."externalId"'),
  },
} as const;

export type Kind = keyof typeof TABLES;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The matching rules of SPEC 2. `searchText` (kept by a trigger) starts with the
 * normalised name, so "name is the text", "name starts with it" and "a word starts
 * with it" are LIKE patterns the trigram index answers, as is the text anywhere
 * (e-mail, phone digits, numbers, external id). Typos are left to word similarity.
 */
export function patterns(key: string) {
  const like = escapeLike(key);
  const exact = Prisma.sql`c."searchText" LIKE ${`${like} %`} AND char_length(c.name) = ${key.length}`;
  const prefix = Prisma.sql`c."searchText" LIKE ${`${like}%`}`;
  const word = Prisma.sql`c."searchText" LIKE ${`% ${like}%`}`;
  return {
    prefix,
    wordStart: Prisma.sql`(${prefix} OR ${word})`,
    anywhere: Prisma.sql`c."searchText" LIKE ${`%${like}%`}`,
    // External ids are stored as given; the unique index answers the usual spellings.
    externalId: (typed: string) =>
      Prisma.sql`c."externalId" IN (${Prisma.join([...new Set([typed, typed.toUpperCase(), typed.toLowerCase()])])})`,
    similar: Prisma.sql`${key} <% c."searchText"`,
    rank: Prisma.sql`CASE WHEN ${exact} THEN 0 WHEN ${prefix} THEN 1 WHEN ${word} THEN 2 ELSE 3 END`,
  };
}

/** Hits in rank order, each contact once, up to the limit. */
export class Found<Hit extends { id: number }> {
  readonly hits: Hit[] = [];
  private readonly ids = new Set<number>();

  constructor(private readonly limit: number) {}

  get missing(): number {
    return this.limit - this.hits.length;
  }

  get seen(): number[] {
    return [...this.ids];
  }

  add(rows: Hit[]): void {
    for (const row of rows) {
      if (this.missing <= 0) return;
      if (this.ids.has(row.id)) continue;
      this.ids.add(row.id);
      this.hits.push(row);
    }
  }

  /** Runs the next tier only while places are left. */
  async fill(tier: () => Promise<{ rows: Hit[] }>): Promise<void> {
    if (this.missing > 0) this.add((await tier()).rows);
  }
}

export async function runTier<Hit extends { id: number }>(
  tx: Transaction,
  kind: Kind,
  workspaceId: number,
  tier: Tier,
  key: string,
  found: Found<Hit>,
): Promise<{ rows: Hit[]; complete: boolean }> {
  const { table, columns } = TABLES[kind];
  const order = Prisma.join(
    [
      ...(tier.rank ? [tier.rank] : []),
      ...(tier.similarity ? [Prisma.sql`word_similarity(${key}, c."searchText") DESC`] : []),
      Prisma.sql`c.name`,
      Prisma.sql`c.id`,
    ],
    ', ',
  );
  // The OFFSET 0 fence makes the planner find rows by the tier's condition alone
  // (the trigram index); workspace and archived only filter them. Otherwise it may
  // read a whole workspace through a b-tree and test every contact.
  const matching = tier.keyed
    ? Prisma.sql`SELECT * FROM ${table} c WHERE c."workspaceId" = ${workspaceId} AND ${tier.where}`
    : Prisma.sql`SELECT * FROM ${table} c WHERE ${tier.where} OFFSET 0`;
  const candidates = Prisma.sql`
    SELECT * FROM (${matching}) c
    WHERE c."workspaceId" = ${workspaceId} AND NOT c.archived AND NOT (c.id = ANY(${found.seen}::int[]))`;
  const rows = await tx.$queryRaw<(Hit & { looked: bigint | number })[]>`
    SELECT ${columns}, count(*) OVER () AS looked
    FROM (${tier.sample === undefined ? candidates : Prisma.sql`${candidates} LIMIT ${tier.sample}`}) c
    ORDER BY ${order}
    LIMIT ${found.missing}`;
  const looked = Number(rows[0]?.looked ?? 0);
  return {
    rows: rows.map(({ looked: _looked, ...hit }) => hit as unknown as Hit),
    complete: tier.sample === undefined || looked < tier.sample,
  };
}
