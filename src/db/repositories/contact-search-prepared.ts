import { Prisma } from '../../generated/prisma/client';
import { executeText } from '../execute-text';
import { ShapeNames } from '../plain-sql';
import type { Transaction } from './contact-search-sql';

/**
 * The search's statements' names (contact_search_0, …), one per statement text, for the
 * process; past 64 texts the rest are planned at each call.
 */
const NAMES = new ShapeNames('contact_search', 64);

/** A session setting of our own listing the search's statements the session has prepared. */
const PREPARED_LIST = 'touchbase.contact_search_prepared';

/**
 * The session settings a search's first statement sets for its transaction, and the names
 * of the search's statements its session has prepared (the list the session keeps; reading
 * pg_prepared_statements instead cost PGlite about 0.7 ms a search).
 */
export const PREPARED_SETTINGS = Prisma.sql`set_config('plan_cache_mode', 'force_generic_plan', true) AS generic_plans,
  current_setting(${PREPARED_LIST}, true) AS prepared`;

/** The names in a session's list (PREPARED_SETTINGS' `prepared`), empty for a new session. */
export function preparedNames(list: string | null | undefined): Set<string> {
  return new Set(list ? list.split(',') : []);
}

/**
 * A search's statements as prepared statements of its session, each planned once (its
 * generic plan, which the transaction asks for) and then only executed. Planning them
 * cost more than running most of them, on PGlite several times the time on PostgreSQL
 * (issue 12). Their plans are the same whatever the text: the trigram index, nothing
 * else, as the transaction's settings and each tier's OFFSET 0 fence make them. A
 * statement is prepared on the session (connection) the transaction runs on the first
 * time it is sent there, and added to the session's list.
 */
export class PreparedSearch {
  constructor(
    private readonly tx: Transaction,
    private readonly prepared: Set<string>,
  ) {}

  async query<T>(sql: Prisma.Sql): Promise<T[]> {
    const name = NAMES.nameFor(sql.text);
    const execute = name === undefined ? undefined : executeText(name, sql.values);
    if (name === undefined || execute === undefined) return this.tx.$queryRaw<T[]>(sql);
    if (!this.prepared.has(name)) await this.prepare(name, sql.text);
    return this.tx.$queryRawUnsafe<T[]>(execute);
  }

  /**
   * A rolled-back transaction takes back the list's change but not the statement it
   * prepared (PREPARE is not transactional): whether the session has it is asked first.
   */
  private async prepare(name: string, text: string): Promise<void> {
    this.prepared.add(name);
    const [session] = await this.tx.$queryRaw<{ exists: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM pg_prepared_statements WHERE name = ${name}) AS exists,
        set_config(${PREPARED_LIST}, ${[...this.prepared].join(',')}, false) AS prepared`;
    if (!session?.exists) await this.tx.$executeRawUnsafe(`PREPARE ${name} AS ${text}`);
  }
}
