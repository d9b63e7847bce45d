import net from 'node:net';
import pg from 'pg';
import { within } from './within';

/** pg's type parsers, for the plain path's per-query parsers (see PoolPlainSql). */
export const pgTypes = pg.types;

const NAME_OID = 19;
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function nameColumnsAsText<T>(result: T): T {
  const fields = (result as QueryResultLike | undefined)?.fields;
  if (fields) for (const field of fields) if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  return result;
}

/**
 * The app's PostgreSQL pool. adapter-pg 6.19 cannot deserialize PostgreSQL's `name`
 * type (prisma/orm#27403), which Prisma's schema engine reads from the catalogs
 * during migrations: such columns are reported as `text`, which is lossless.
 *
 * It also keeps its sockets, so `close()` can give up on a server that answers
 * nothing: `pool.end()` waits for every connection to close politely, and a
 * frozen server never closes anything.
 */
export class NameAsTextPool extends pg.Pool {
  private readonly sockets: Set<net.Socket>;

  constructor(config: pg.PoolConfig) {
    const sockets = new Set<net.Socket>();
    super({
      ...config,
      stream: () => {
        const socket = new net.Socket();
        sockets.add(socket);
        socket.once('close', () => sockets.delete(socket));
        return socket;
      },
    });
    this.sockets = sockets;
  }

  // biome-ignore lint/suspicious/noExplicitAny: pg's overloads cannot be re-declared one by one.
  override query(...args: any[]): any {
    // biome-ignore lint/suspicious/noExplicitAny: see above
    const result = (super.query as any)(...args);
    if (result && typeof result.then === 'function') return result.then(nameColumnsAsText);
    return result;
  }

  /** Ends the pool politely, or after `withinMs` by cutting every connection. */
  async close(withinMs: number): Promise<void> {
    const politely = await within(withinMs, () =>
      this.end().then(
        () => true,
        () => true,
      ),
    );
    if (!politely) for (const socket of this.sockets) socket.destroy();
  }
}
