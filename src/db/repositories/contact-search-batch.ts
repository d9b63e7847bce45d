import { Prisma } from '../../generated/prisma/client';
import type { PreparedSearch } from './contact-search-prepared';
import {
  HIT_COLUMNS,
  type Kind,
  similarityThreshold,
  type TierStatement,
  type Transaction,
} from './contact-search-sql';

/** A tier waiting to be sent, with the similarity threshold it needs (fuzzy tiers only). */
interface Waiting {
  statement: TierStatement;
  threshold: number | undefined;
  resolve: (rows: Record<string, unknown>[]) => void;
  reject: (error: unknown) => void;
}

/** Every column of either kind's hit, typed, so one kind's rows can stand beside the other's. */
const UNION_COLUMNS: { name: string; type: string }[] = [
  { name: 'id', type: 'int' },
  { name: 'name', type: 'text' },
  { name: 'email', type: 'text' },
  { name: 'phone', type: 'text' },
  { name: 'externalId', type: 'text' },
  { name: 'archived', type: 'boolean' },
  { name: 'organizationId', type: 'int' },
  { name: 'organizationName', type: 'text' },
  { name: 'orgNumber', type: 'text' },
];

function unionBranch(index: number, { kind, sql }: TierStatement): Prisma.Sql {
  const own = new Set<string>(HIT_COLUMNS[kind as Kind]);
  const columns = UNION_COLUMNS.map(({ name, type }) =>
    Prisma.raw(own.has(name) ? `h."${name}"` : `NULL::${type} AS "${name}"`),
  );
  return Prisma.sql`SELECT ${index}::int AS "batch", ${Prisma.join(columns, ', ')}, h.place
    FROM (${sql}) h`;
}

/**
 * Runs the searches of one transaction side by side (persons and organizations of one
 * `/contact`) and sends the tiers they ask for together: when every search still going
 * waits for its next tier, the tiers finding rows through the same index go as one
 * statement (a UNION ALL, its rows told apart by branch), so each part is planned as it
 * would be alone. Each search keeps its own tiers and rules, so its hits are the ones
 * it finds alone; only the round trips are shared.
 */
export class TierBatch {
  private readonly waiting: Waiting[] = [];
  private running = 0;
  private sending = false;

  /** @param threshold the similarity threshold the transaction has set now */
  constructor(
    private readonly tx: Transaction,
    private readonly statements: PreparedSearch,
    private threshold: number,
  ) {}

  /** Runs each search with the others; the answers in the order of `searches`. */
  all<T extends unknown[]>(searches: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
    this.running += searches.length;
    return Promise.all(
      searches.map(async (search) => {
        try {
          return await search();
        } finally {
          this.running -= 1;
          this.sendWhenAllWait();
        }
      }),
    ) as Promise<T>;
  }

  /** One tier's rows, sent with the tiers the other searches ask for at the same point. */
  rows(statement: TierStatement, threshold?: number): Promise<Record<string, unknown>[]> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ statement, threshold, resolve, reject });
      this.running -= 1;
      this.sendWhenAllWait();
    });
  }

  private sendWhenAllWait(): void {
    if (this.sending || this.running > 0 || this.waiting.length === 0) return;
    const batch = this.waiting.splice(0);
    this.sending = true;
    void this.send(batch).finally(() => {
      this.sending = false;
      this.sendWhenAllWait();
    });
  }

  /**
   * One statement per index and threshold: the tiers needing the threshold already set
   * first (with those needing none), then those needing another, after setting it. The
   * searches go on only when all are sent, so no two statements overlap.
   */
  private async send(batch: Waiting[]): Promise<void> {
    const current = this.threshold;
    const groups = new Map<string, { threshold: number; tiers: Waiting[] }>();
    const ordered = [...batch].sort(
      (a, b) => Number((a.threshold ?? current) !== current) - Number((b.threshold ?? current) !== current),
    );
    for (const tier of ordered) {
      const threshold = tier.threshold ?? current;
      const key = `${threshold} ${tier.statement.index}`;
      const group = groups.get(key) ?? { threshold, tiers: [] };
      group.tiers.push(tier);
      groups.set(key, group);
    }
    const answers: (() => void)[] = [];
    for (const { threshold, tiers } of groups.values()) {
      try {
        if (threshold !== this.threshold) {
          await similarityThreshold(this.tx, threshold);
          this.threshold = threshold;
        }
        const rows = await this.query(tiers.map((tier) => tier.statement));
        for (const [i, tier] of tiers.entries()) answers.push(() => tier.resolve(rows[i] ?? []));
      } catch (error) {
        for (const tier of tiers) answers.push(() => tier.reject(error));
      }
    }
    this.running += answers.length;
    for (const answer of answers) answer();
  }

  /** Each statement's rows: a lone one sent as it is, several as one UNION ALL. */
  private async query(statements: TierStatement[]): Promise<Record<string, unknown>[][]> {
    const [only] = statements;
    if (statements.length === 1 && only)
      return [await this.statements.query<Record<string, unknown>>(only.sql)];
    const branches = statements.map((statement, i) => unionBranch(i, statement));
    const rows = await this.statements.query<Record<string, unknown> & { batch: number }>(Prisma.sql`
      SELECT * FROM (${Prisma.join(branches, ' UNION ALL ')}) u ORDER BY u."batch", u.place`);
    return statements.map((_, i) => rows.filter((row) => row.batch === i));
  }
}
