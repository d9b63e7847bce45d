import { Prisma, type PrismaClient } from '../../generated/prisma/client';

// The SQL of the contact search (see ContactSearchRepository for the order of the tiers).

export type Transaction = Pick<PrismaClient, '$queryRaw' | '$queryRawUnsafe' | '$executeRawUnsafe'>;

export interface Tier {
  where: Prisma.Sql;
  /** The condition is answered by a b-tree on (workspaceId, …); others by the trigram index… */
  keyed?: boolean;
  /** …or, for names one edit away, by the index of name keys. */
  nameKeys?: boolean;
  /**
   * The condition is an OR of trigram patterns, answered by one scan of the trigram
   * index each (a BitmapOr). Such a tier does not ask the index for the workspace:
   * the planner would then read the whole workspace through the index's workspace
   * column alone and test the OR on every contact.
   */
  alternatives?: boolean;
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
/** The first look takes the text inside a word (rank 3) from the first this many matches it meets. */
export const SUBSTRING_SAMPLE = 1000;
/**
 * Word similarity (pg_trgm) for typos. Text of several words gets a strict pass
 * first: a wrong letter in a full name still leaves most of it, and the strict pass
 * looks at few candidates. One word is held to the lenient threshold at once (its
 * namesakes all score alike), loose enough for one wrong letter in seven.
 */
export const STRICT_SIMILARITY = 0.7;
export const LENIENT_SIMILARITY = 0.45;
/** Shorter text with a wrong letter resembles too much else for trigrams: see `oneEditAway`. */
export const LENIENT_MIN_LENGTH = 6;

/**
 * One word of 3–5 letters (after normalising): a short name, where one typo is
 * guessed by edit distance instead of trigrams. Two letters are too few to guess.
 */
export function isShortName(text: string): boolean {
  return /^\p{L}{3,5}$/u.test(text);
}

function withoutLetter(word: string[], i: number): string {
  return [...word.slice(0, i), ...word.slice(i + 1)].join('');
}

/**
 * The index keys and LIKE patterns of "one edit from `word`": a letter wrong,
 * added, missing, or two neighbours swapped (Damerau). `nameKeys` holds every
 * short name word and, as "~<place>:<rest>", each of those words with the letter
 * at that place left out. A name word one edit away is then, on the index:
 * - one of the typed word's "letter left out" forms (a letter missing);
 * - a word whose letter left out at some place gives the typed word (one added);
 * - a word sharing a "letter left out" form at the same place (one wrong) or the
 *   next place (two swapped).
 * The keys find these candidates through the index; the patterns, matched against
 * the words themselves, keep only true neighbours.
 */
export function oneEditAway(word: string): { keys: string[]; patterns: string[] } {
  const letters = [...word];
  const shorter = letters.map((_, i) => withoutLetter(letters, i));
  const keys = [word, ...shorter];
  for (let at = 0; at <= letters.length; at++) keys.push(`~${at}:${word}`);
  shorter.forEach((rest, i) => {
    for (const at of [i - 1, i, i + 1]) if (at >= 0) keys.push(`~${at}:${rest}`);
  });
  const patterns = new Set<string>(shorter);
  for (let i = 0; i <= letters.length; i++) {
    const before = letters.slice(0, i).join('');
    if (i < letters.length) patterns.add(`${before}_${letters.slice(i + 1).join('')}`);
    patterns.add(`${before}_${letters.slice(i).join('')}`);
    if (i < letters.length - 1 && letters[i] !== letters[i + 1]) {
      patterns.add(`${before}${letters[i + 1]}${letters[i]}${letters.slice(i + 2).join('')}`);
    }
  }
  return { keys: [...new Set(keys)], patterns: [...patterns] };
}

export function manyWords(text: string): boolean {
  return text.includes(' ');
}

export async function similarityThreshold(tx: Transaction, threshold: number): Promise<void> {
  await tx.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(threshold)}, true)`;
}

const TABLES = {
  person: {
    table: Prisma.raw('"Person"'),
    columns: Prisma.raw('c.id, c.name, c.email, c.phone, c."externalId", c."organizationId", c.archived'),
  },
  organization: {
    table: Prisma.raw('"Organization"'),
    columns: Prisma.raw('c.id, c.name, c."orgNumber", c.email, c.phone, c."externalId", c.archived'),
  },
} as const;

export type Kind = keyof typeof TABLES;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The matching rules of product §2. `searchText` (kept by a trigger) starts with the
 * normalised name, so "name is the text", "name starts with it" and "a word starts
 * with it" are LIKE patterns the trigram index answers, as is the text anywhere
 * (e-mail, phone digits, numbers, external id). Typos are left to word similarity.
 */
export function patterns(key: string) {
  const like = escapeLike(key);
  const exact = Prisma.sql`c."searchText" LIKE ${`${like} %`} AND char_length(c.name) = ${key.length}`;
  const prefix = Prisma.sql`c."searchText" LIKE ${`${like}%`}`;
  const word = Prisma.sql`c."searchText" LIKE ${`% ${like}%`}`;
  const anywhere = Prisma.sql`c."searchText" LIKE ${`%${like}%`}`;
  return {
    prefix,
    wordStart: Prisma.sql`(${prefix} OR ${word})`,
    /**
     * Of the rows with the text anywhere, those where a word starts with it (ranks 0–2):
     * the text after a space, once one is put before the whole. Asked for a word's start,
     * the index would add the padded trigrams of its first letter ("  l", " li" for
     * "lindqvist"), which every word starting with that letter has: about twice the
     * entries, in two scans joined by a BitmapOr.
     */
    wordStartOfMatch: Prisma.sql`(' ' || c."searchText") LIKE ${`% ${like}%`}`,
    anywhere,
    // External ids are stored as given; the unique index answers the usual spellings.
    externalId: (typed: string) =>
      Prisma.sql`c."externalId" IN (${Prisma.join([...new Set([typed, typed.toUpperCase(), typed.toLowerCase()])])})`,
    similar: Prisma.sql`${key} <% c."searchText"`,
    // Short names one edit away; `~` keys are deletions, not words (see oneEditAway).
    oneEdit: () => {
      const near = oneEditAway(key);
      return Prisma.sql`c."nameKeys" && ${near.keys}::text[] AND EXISTS (
        SELECT 1 FROM unnest(c."nameKeys") AS word
        WHERE word NOT LIKE '~%' AND word LIKE ANY (${near.patterns}::text[]))`;
    },
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

/** Which contacts a search looks at: the active ones, or (for admins, separately) the archived ones. */
export interface Scope {
  kind: Kind;
  workspaceId: number;
  archived: boolean;
}

/**
 * Whether one of `ids` has `word` as a whole word of its name (a short name typed
 * right): a condition on nothing of the row, so the planner tests it once, first.
 */
export function namesHaveWord({ kind, ids, word }: { kind: Kind; ids: number[]; word: string }): Prisma.Sql {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM ${TABLES[kind].table} n WHERE n.id = ANY(${ids}::int[]) AND ${word} = ANY(n."nameKeys"))`;
}

/** The columns of a hit of each kind, in the order a tier's statement returns them. */
export const HIT_COLUMNS = {
  person: ['id', 'name', 'email', 'phone', 'externalId', 'organizationId', 'archived', 'organizationName'],
  organization: ['id', 'name', 'orgNumber', 'email', 'phone', 'externalId', 'archived'],
} as const satisfies Record<Kind, readonly string[]>;

/** A tier's statement and the index it finds rows by. */
export interface TierStatement {
  kind: Kind;
  sql: Prisma.Sql;
  index: 'searchText' | 'externalId' | 'nameKeys';
}

/**
 * The rows a tier's index finds, before they are filtered and ranked. The OFFSET 0
 * fence makes the planner find rows by the tier's condition alone (the trigram index,
 * or the name keys'); archived, and the workspace where it is not inside, only filter
 * them. Otherwise it may read a whole workspace through a b-tree and test every
 * contact. The trigram index starts with the workspace id as bigint, which no b-tree
 * has (migration contact_search_workspace_trigram): asked for it inside the fence, the
 * index reads only this workspace's matches.
 */
function matchingRows({
  table,
  workspaceId,
  tier,
}: {
  table: Prisma.Sql;
  workspaceId: number;
  tier: Tier;
}): Prisma.Sql {
  if (tier.keyed)
    return Prisma.sql`SELECT * FROM ${table} c WHERE c."workspaceId" = ${workspaceId} AND ${tier.where}`;
  if (tier.nameKeys || tier.alternatives)
    return Prisma.sql`SELECT * FROM ${table} c WHERE ${tier.where} OFFSET 0`;
  return Prisma.sql`SELECT * FROM ${table} c
    WHERE c."workspaceId"::bigint = ${workspaceId}::bigint AND ${tier.where} OFFSET 0`;
}

/** A tier's candidates: the rows its index finds, of the scope's workspace and state, not yet found. */
function candidates({
  scope: { kind, workspaceId, archived },
  tier,
  found,
}: {
  scope: Scope;
  tier: Tier;
  found: Found<{ id: number }>;
}): Prisma.Sql {
  const matching = matchingRows({ table: TABLES[kind].table, workspaceId, tier });
  return Prisma.sql`
    SELECT * FROM (${matching}) c
    WHERE c."workspaceId" = ${workspaceId} AND c.archived = ${archived} AND NOT (c.id = ANY(${found.seen}::int[]))`;
}

function tierOrder(tier: Tier, key: string): Prisma.Sql {
  return Prisma.join(
    [
      ...(tier.rank ? [tier.rank] : []),
      ...(tier.similarity ? [Prisma.sql`word_similarity(${key}, c."searchText") DESC`] : []),
      Prisma.sql`c.name`,
      Prisma.sql`c.id`,
    ],
    ', ',
  );
}

/** One tier of one search: where, what to match, the text, and the places already filled. */
interface TierQuery {
  scope: Scope;
  tier: Tier;
  key: string;
  found: Found<{ id: number }>;
}

/** A tier's rows for the places `found` has left, ranked: each carries `place` (its rank). */
function rankedRows({ scope, tier, key, found }: TierQuery): Prisma.Sql {
  const { columns } = TABLES[scope.kind];
  const order = tierOrder(tier, key);
  const rows = candidates({ scope, tier, found });
  // A tier without a sample orders every match: only the places left are kept before
  // they are numbered, so the database keeps the best few instead of sorting them all.
  return tier.sample === undefined
    ? Prisma.sql`
    SELECT ${columns}, row_number() OVER (ORDER BY ${order}) AS place
    FROM (SELECT * FROM (${rows}) c ORDER BY ${order} LIMIT ${found.missing}) c
    ORDER BY ${order}`
    : Prisma.sql`
    SELECT ${columns}, row_number() OVER (ORDER BY ${order}) AS place
    FROM (${rows} LIMIT ${tier.sample}) c
    ORDER BY ${order}
    LIMIT ${found.missing}`;
}

/**
 * A person's hit names its organization: joined to the few ranked rows only (joining
 * every candidate would cost more), in the tier's statement instead of one more.
 */
function statementOf(scope: Scope, ranked: Prisma.Sql, tier: Tier): TierStatement {
  const sql =
    scope.kind === 'person'
      ? Prisma.sql`SELECT h.*, o.name AS "organizationName" FROM (${ranked}) h
          LEFT JOIN "Organization" o ON o.id = h."organizationId" AND o."workspaceId" = ${scope.workspaceId}
          ORDER BY h.place`
      : ranked;
  const index = tier.keyed ? 'externalId' : tier.nameKeys ? 'nameKeys' : 'searchText';
  return { kind: scope.kind, sql, index };
}

/**
 * One tier of a search: the statement ranking the rows for the places `found` has
 * left. Each row carries `place` (its rank).
 */
export function tierStatement(query: TierQuery): TierStatement {
  return statementOf(query.scope, rankedRows(query), query.tier);
}

/**
 * The first look of a text with a trigram of its own: the contacts with the text
 * anywhere, the best ranked first (the name, its start, a word's start, then the
 * rest), in one scan of the trigram index. A common surname's namesakes are all read
 * and the best few kept, as its word starts always were; no sample of them is read
 * and sorted first only to be found too small.
 *
 * The rest (the text inside a word) still come from the first SUBSTRING_SAMPLE
 * matches the scan meets, as when a sample was looked at first: numbered as they
 * stream past, with nothing held but the best few.
 */
export function firstLookStatement({
  scope,
  key,
  found,
}: {
  scope: Scope;
  key: string;
  found: Found<{ id: number }>;
}): TierStatement {
  const p = patterns(key);
  const tier: Tier = { where: p.anywhere, rank: p.rank };
  const { columns } = TABLES[scope.kind];
  const rows = candidates({ scope, tier, found });
  const ranked = Prisma.sql`
    SELECT ${columns}, row_number() OVER (ORDER BY c."rank", c.name, c.id) AS place
    FROM (
      SELECT c.*, ${p.rank} AS "rank" FROM (SELECT c.*, row_number() OVER () AS "met" FROM (${rows}) c) c
      WHERE c."met" <= ${SUBSTRING_SAMPLE} OR ${p.wordStartOfMatch}
      ORDER BY "rank", c.name, c.id LIMIT ${found.missing}
    ) c
    ORDER BY c."rank", c.name, c.id`;
  return statementOf(scope, ranked, tier);
}

/** A tier's rows as hits. */
export function tierResult<Hit>(statement: TierStatement, rows: Record<string, unknown>[]): { rows: Hit[] } {
  return {
    rows: rows.map((row) => {
      const hit: Record<string, unknown> = {};
      for (const column of HIT_COLUMNS[statement.kind]) hit[column] = row[column];
      return hit as Hit;
    }),
  };
}
