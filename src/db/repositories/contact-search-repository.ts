import type {
  BothKindsRequest,
  ContactSearch,
  OrganizationHit,
  PersonHit,
  SearchKey,
  SearchOptions,
  SearchRequest,
} from '../../domain/contacts/contact-ports';
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { TierBatch } from './contact-search-batch';
import { PREPARED_SETTINGS, PreparedSearch, preparedNames } from './contact-search-prepared';
import {
  Found,
  firstLookStatement,
  isShortName,
  LENIENT_MIN_LENGTH,
  LENIENT_SIMILARITY,
  manyWords,
  namesHaveWord,
  patterns,
  type Scope,
  STRICT_SIMILARITY,
  TIER_SAMPLE,
  type Tier,
  type Transaction,
  tierResult,
  tierStatement,
} from './contact-search-sql';

/** The columns a person's and an organization's hit share. */
const CONTACT_HIT_COLUMNS = {
  id: true,
  name: true,
  email: true,
  phone: true,
  externalId: true,
  archived: true,
} as const;

/** The workspace's active contacts, the most recently changed first. */
function recentlyChanged(workspaceId: number, limit: number) {
  return {
    where: { workspaceId, archived: false },
    orderBy: [{ updatedAt: 'desc' as const }, { id: 'desc' as const }],
    take: limit,
  };
}

/** One search's transaction: the text as typed and normalised, and the batch its tiers are sent in. */
interface SearchSession {
  tx: Transaction;
  batch: TierBatch;
  key: SearchKey;
  text: string;
  /** The threshold the text's first fuzzy pass uses (strict for several words). */
  firstPass: number;
}

/** Search for `/contact` and the pickers; only repositories touch SQL. */
export class ContactSearchRepository implements ContactSearch {
  constructor(private readonly prisma: PrismaClient) {}

  searchPersons({ workspaceId, key, limit, ...options }: SearchRequest): Promise<PersonHit[]> {
    return this.inSearch(key, (session) =>
      session.batch.all<[PersonHit[]]>([
        () => this.searchScopes<PersonHit>(session, { kind: 'person', workspaceId, limit, ...options }),
      ]),
    ).then(([persons]) => persons);
  }

  searchOrganizations({ workspaceId, key, limit, ...options }: SearchRequest): Promise<OrganizationHit[]> {
    return this.inSearch(key, (session) =>
      session.batch.all<[OrganizationHit[]]>([
        () =>
          this.searchScopes<OrganizationHit>(session, {
            kind: 'organization',
            workspaceId,
            limit,
            ...options,
          }),
      ]),
    ).then(([organizations]) => organizations);
  }

  /**
   * Persons and organizations in one transaction: its settings and the normalised text
   * made once, and each tier of one kind sent in one statement with the other kind's.
   */
  searchBoth({
    workspaceId,
    key,
    limits,
    ...options
  }: BothKindsRequest): Promise<{ persons: PersonHit[]; organizations: OrganizationHit[] }> {
    return this.inSearch(key, async (session) => {
      const [persons, organizations] = await session.batch.all<[PersonHit[], OrganizationHit[]]>([
        () =>
          this.searchScopes<PersonHit>(session, {
            kind: 'person',
            workspaceId,
            limit: limits.persons,
            ...options,
          }),
        () =>
          this.searchScopes<OrganizationHit>(session, {
            kind: 'organization',
            workspaceId,
            limit: limits.organizations,
            ...options,
          }),
      ]);
      return { persons, organizations };
    });
  }

  /**
   * Active persons whose name (normalised like searchText) is one of `runs`, or
   * starts or ends with one as whole words: up to two of each kind per run,
   * enough to tell one person from several. One statement for all runs, through
   * the expression indexes on the normalised name and its reverse (migration
   * quick_add_name_index).
   */
  async personsNamed(workspaceId: number, runs: string[]): Promise<{ id: number; name: string }[]> {
    if (runs.length === 0) return [];
    const norm = Prisma.sql`touchbase_normalize(p."name")`;
    const reversed = Prisma.sql`reverse(touchbase_normalize(p."name"))`;
    const person = Prisma.sql`SELECT p."id", p."name" FROM "Person" p
      WHERE p."workspaceId" = ${workspaceId} AND NOT p."archived"`;
    return this.prisma.$queryRaw<{ id: number; name: string }[]>`
      SELECT x."id", x."name"
      FROM unnest(${runs}::text[]) AS q("run")
      CROSS JOIN LATERAL (SELECT touchbase_normalize(q."run") AS "typed") k
      CROSS JOIN LATERAL (
        (${person} AND ${norm} = k."typed" LIMIT 2)
        UNION ALL
        (${person} AND ${norm} ~>=~ (k."typed" || ' ') AND ${norm} ~<~ (k."typed" || '!') LIMIT 2)
        UNION ALL
        (${person} AND ${reversed} ~>=~ (reverse(k."typed") || ' ')
          AND ${reversed} ~<~ (reverse(k."typed") || '!') LIMIT 2)
      ) x`;
  }

  /** For an empty picker: the contacts changed most recently. */
  async recentPersons(workspaceId: number, limit: number): Promise<PersonHit[]> {
    const persons = await this.prisma.person.findMany({
      ...recentlyChanged(workspaceId, limit),
      select: { ...CONTACT_HIT_COLUMNS, organizationId: true },
    });
    return this.withOrganizationNames(workspaceId, persons);
  }

  recentOrganizations(workspaceId: number, limit: number): Promise<OrganizationHit[]> {
    return this.prisma.organization.findMany({
      ...recentlyChanged(workspaceId, limit),
      select: { ...CONTACT_HIT_COLUMNS, orgNumber: true },
    });
  }

  private async withOrganizationNames(
    workspaceId: number,
    hits: Omit<PersonHit, 'organizationName'>[],
  ): Promise<PersonHit[]> {
    const ids = [
      ...new Set(hits.flatMap((hit) => (hit.organizationId === null ? [] : [hit.organizationId]))),
    ];
    const organizations =
      ids.length === 0
        ? []
        : await this.prisma.organization.findMany({
            where: { workspaceId, id: { in: ids } },
            select: { id: true, name: true },
          });
    const names = new Map(organizations.map((organization) => [organization.id, organization.name]));
    return hits.map((hit) => ({
      ...hit,
      organizationName: hit.organizationId === null ? null : (names.get(hit.organizationId) ?? null),
    }));
  }

  /**
   * One transaction for a search, so the planner settings below hold for its statements
   * only; the first statement also normalises the text as searchText is.
   */
  private inSearch<T>(key: SearchKey, work: (session: SearchSession) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(async (tx) => {
      // A tier stops reading once it has its sample, which tempts the planner into
      // walking the table (or a b-tree) and testing every contact of the workspace;
      // bitmap scans of the trigram index test only the candidates it names.
      const similarity = manyWords(key.text) ? STRICT_SIMILARITY : LENIENT_SIMILARITY;
      const [normalized] = await tx.$queryRaw<{ key: string; prepared: string | null }[]>`
        SELECT touchbase_normalize(${key.text}) AS key,
          set_config('enable_seqscan', 'off', true) AS table_scans,
          set_config('enable_indexscan', 'off', true) AS index_scans,
          set_config('pg_trgm.word_similarity_threshold', ${String(similarity)}, true) AS similarity,
          ${PREPARED_SETTINGS}`;
      const text = key.digitsOnly ? key.text : (normalized?.key ?? '');
      const statements = new PreparedSearch(tx, preparedNames(normalized?.prepared));
      return work({ tx, batch: new TierBatch(tx, statements, similarity), key, text, firstPass: similarity });
    });
  }

  /** The active contacts of one kind, then (when asked) the archived ones in the places left. */
  private async searchScopes<Hit extends { id: number }>(
    session: SearchSession,
    { kind, workspaceId, limit, ...options }: Omit<Scope, 'archived'> & { limit: number } & SearchOptions,
  ): Promise<Hit[]> {
    const active = await this.search<Hit>(session, { kind, workspaceId, archived: false }, limit);
    if (!options.includeArchived || active.length >= limit) return active;
    const archived = await this.search<Hit>(
      session,
      { kind, workspaceId, archived: true },
      limit - active.length,
    );
    return [...active, ...archived];
  }

  /**
   * Tiers in rank order, each asked only while places are left: exact name, name
   * prefix, a word starting with the text, the text anywhere, then similar words.
   * Workspace-scoped, active or archived contacts as the scope says, at most `limit` hits.
   */
  private async search<Hit extends { id: number }>(
    session: SearchSession,
    scope: Scope,
    limit: number,
  ): Promise<Hit[]> {
    if (limit <= 0) return [];
    const { batch, key, text } = session;
    const found = new Found<Hit>(limit);
    // A fuzzy tier names the similarity threshold it needs; the batch sets it only when
    // another tier of the transaction left a different one.
    const run = async (tier: Tier, threshold?: number) => {
      const statement = tierStatement({ scope, tier, key: text, found });
      return tierResult<Hit>(statement, await batch.rows(statement, threshold));
    };
    const p = patterns(text);
    if (!key.digitsOnly && !/[\p{L}\p{N}]{3}/u.test(text)) {
      // Too short for trigrams (or only punctuated fragments like "p-4"): an external
      // id typed exactly, the name's beginning, then any word's ("Ek" finds Bo Ek).
      await found.fill(() => run({ where: p.externalId(key.text), rank: p.rank, keyed: true }));
      await found.fill(() => run({ where: p.prefix, rank: p.rank, sample: TIER_SAMPLE }));
      await found.fill(() =>
        run({ where: p.wordStart, rank: p.rank, sample: TIER_SAMPLE, alternatives: true }),
      );
      return found.hits;
    }
    // One look finds the substring matches, ranked (see firstLookStatement).
    const first = firstLookStatement({ scope, key: text, found });
    found.add(tierResult<Hit>(first, await batch.rows(first)).rows);
    // Typos are only guessed for names: not for numbers, e-mail addresses or ids.
    if (key.digitsOnly || !/^[\p{L}\s'.&-]+$/u.test(text)) return found.hits;
    const similar = (value: number) =>
      run({ where: p.similar, similarity: true, sample: TIER_SAMPLE }, value);
    if (manyWords(text)) await found.fill(() => similar(session.firstPass));
    if (isShortName(text)) {
      // A short name one edit away ("Bergh", "Lundh", "Åbreg"), in the places left,
      // unless the name as typed is one that exists: then it was no typo. Decided in
      // the tier's statement, not by one more.
      const typedRight = namesHaveWord({ kind: scope.kind, ids: found.seen, word: text });
      await found.fill(() =>
        run({ where: Prisma.sql`NOT ${typedRight} AND ${p.oneEdit()}`, nameKeys: true, sample: TIER_SAMPLE }),
      );
      return found.hits;
    }
    // The lenient pass only when nothing matched at all, and only for text long enough
    // for one wrong letter to leave it recognisable.
    if (found.hits.length > 0 || text.length < LENIENT_MIN_LENGTH) return found.hits;
    await found.fill(() => similar(manyWords(text) ? LENIENT_SIMILARITY : session.firstPass));
    return found.hits;
  }
}
