import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

/**
 * Where the data lives: an embedded PGlite directory (or memory) or a PostgreSQL server.
 * An in-memory database may start from `template`, a data directory PGlite dumped
 * (`dumpDataDir()`), instead of an empty cluster: tests start from one migrated copy.
 * Or it is `lent`, already open: the app uses it and leaves it open for its owner, so a
 * test file starts app after app on one database instead of unpacking a copy for each.
 */
export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string | null; template?: Blob; lent?: PGlite }
  | { kind: 'postgres'; url: string };

export class DatabaseUrlError extends Error {}

/**
 * No DATABASE_URL: embedded PGlite under DATA_DIR (`memory://` keeps it in memory).
 * `postgresql://` or `postgres://`: a PostgreSQL server. Anything else is refused,
 * because a typo must not silently fall back to an empty embedded database.
 */
export function resolveDatabaseTarget(databaseUrl: string | undefined, dataDir: string): DatabaseTarget {
  const url = databaseUrl?.trim();
  if (!url) {
    if (dataDir === 'memory://') return { kind: 'pglite', dataDir: null };
    return { kind: 'pglite', dataDir: path.resolve(dataDir, 'pglite') };
  }
  if (/^postgres(ql)?:\/\//i.test(url)) {
    try {
      new URL(url);
    } catch {
      throw new DatabaseUrlError(
        'DATABASE_URL is not a valid URL. Expected postgresql://user:password@host:5432/database',
      );
    }
    return { kind: 'postgres', url };
  }
  throw new DatabaseUrlError(
    `DATABASE_URL must start with postgresql:// (got "${url.split(':')[0]}:…"). ` +
      'Leave it unset to use the embedded database under DATA_DIR.',
  );
}
