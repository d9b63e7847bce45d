import fs from 'node:fs';
import path from 'node:path';
import { type Extension, PGlite, types } from '@electric-sql/pglite';

/** PGlite's parser of array text, for the plain path's parsers (see PglitePlainSql). */
export const pgliteArrayParser = types.arrayParser;

// The contrib modules' type declarations are ESM-only while their code ships for
// require() too, so they are loaded untyped and given the type PGlite expects.
export const pgliteExtensions: Record<string, Extension> = {
  pg_trgm: require('@electric-sql/pglite/contrib/pg_trgm').pg_trgm,
  unaccent: require('@electric-sql/pglite/contrib/unaccent').unaccent,
  // B-tree operators for GIN: the contact search's trigram index starts with the workspace.
  btree_gin: require('@electric-sql/pglite/contrib/btree_gin').btree_gin,
};

/**
 * PostgreSQL's default 128 MB of shared buffers is memory PGlite touches as it starts,
 * inside the app's own process (about 100 MB more resident than with 32 MB). The
 * operating system's file cache still holds what does not fit.
 */
const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

/**
 * Opens the embedded database. A directory whose process died while PGlite was
 * initialising it can never be opened again, so new directories are initialised
 * in a temporary sibling and renamed into place only when complete.
 */
export async function openPGlite(dataDir: string | null, template?: Blob): Promise<PGlite> {
  // A template brings its own settings (the tests' is smaller still).
  if (dataDir === null)
    return PGlite.create({
      extensions: pgliteExtensions,
      ...(template ? { loadDataDir: template } : { startParams }),
    });
  if (!isInitialised(dataDir)) await initialise(dataDir);
  return PGlite.create(dataDir, { extensions: pgliteExtensions, startParams });
}

function isInitialised(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

async function initialise(dataDir: string): Promise<void> {
  const parent = path.dirname(dataDir);
  fs.mkdirSync(parent, { recursive: true });
  removeAbandonedInitialisations(parent, path.basename(dataDir));
  const temporary = `${dataDir}.init-${process.pid}-${Date.now()}`;
  const db = await PGlite.create(temporary, { extensions: pgliteExtensions });
  await db.close();
  if (fs.existsSync(dataDir)) fs.rmSync(dataDir, { recursive: true, force: true });
  fs.renameSync(temporary, dataDir);
}

function removeAbandonedInitialisations(parent: string, base: string): void {
  for (const entry of fs.readdirSync(parent)) {
    if (entry.startsWith(`${base}.init-`))
      fs.rmSync(path.join(parent, entry), { recursive: true, force: true });
  }
}
