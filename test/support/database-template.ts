import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openAdapterFactory } from '../../src/db/adapter-factory';
import { applyMigrations, readMigrations } from '../../src/db/migrate';
import { pgliteExtensions } from '../../src/db/pglite';
import { pgliteDriver } from '../../src/db/sql-driver';
import { BytesBlob } from './bytes-blob';
import { withoutSpareWal } from './spare-wal';

/**
 * Every test file starts from one migrated database instead of running initdb and the
 * migrations again: for PGlite a dump of a migrated in-memory cluster in a file, for
 * PostgreSQL a template database that `CREATE DATABASE … TEMPLATE` copies. Both are
 * named after the migrations' content (and the PGlite version), so a new or changed
 * migration makes a new template and concurrent jest runs of different branches never
 * share one. Jest's globalSetup makes them once per run; a test file run some other way
 * makes them itself. The migration tests start from empty databases and keep covering
 * the migrations themselves.
 */
/** Changes with how the templates are made below, so a changed recipe never reuses old templates. */
const RECIPE = 'shared_buffers=8MB;wal-segsize=1;no-template-dbs;no-spare-wal;v3';

let key: string | undefined;

export function templateKey(): string {
  if (key) return key;
  const hash = createHash('sha256');
  for (const migration of readMigrations()) hash.update(`${migration.name}\0${migration.checksum}\0`);
  hash.update(pgliteVersion()).update(RECIPE);
  key = hash.digest('hex').slice(0, 16);
  return key;
}

function pgliteVersion(): string {
  // The package exports no package.json; its location is known from its entry point.
  const entry = require.resolve('@electric-sql/pglite');
  let dir = path.dirname(entry);
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

const TEMPLATE_DIR = path.join(os.tmpdir(), 'touchbase-test-templates');

function pgliteTemplateFile(migrated: boolean, key: string): string {
  // The empty cluster depends on PGlite only; the key covers that too, which is simply safe.
  return path.join(TEMPLATE_DIR, `pglite-${migrated ? 'migrated' : 'empty'}-${key}.tar`);
}

/**
 * The PGlite dumps' files, made first when missing: one initdb, dumped before and after the
 * migrations (written aside, then renamed into place). Returns the migrated one's file.
 */
export async function ensurePgliteTemplate(key = templateKey()): Promise<string> {
  const files = { empty: pgliteTemplateFile(false, key), migrated: pgliteTemplateFile(true, key) };
  if (fs.existsSync(files.empty) && fs.existsSync(files.migrated)) return files.migrated;
  fs.mkdirSync(TEMPLATE_DIR, { recursive: true });
  pruneOldTemplates();
  // Made lean, because every test app unpacks it: 1 MB WAL segments instead of 16, and no
  // template0/template1 (nothing creates databases in it), a third of the size; and a buffer
  // cache a test's few rows fill (8 MB instead of 128), which starts a third faster.
  const db = await PGlite.create({ extensions: pgliteExtensions, initDbStartParams: ['--wal-segsize=1'] });
  try {
    await db.exec(`ALTER SYSTEM SET shared_buffers = '8MB'`);
    for (const name of ['template0', 'template1']) {
      await db.exec(`ALTER DATABASE ${name} IS_TEMPLATE false`);
      await db.exec(`DROP DATABASE ${name}`);
    }
    await db.exec('CHECKPOINT');
    await writeDump(db, files.empty);
    await applyMigrations(pgliteDriver(db));
    // Written out, so a copy starts from its data files instead of replaying the migrations' WAL.
    await db.exec('CHECKPOINT');
    await writeDump(db, files.migrated);
  } finally {
    await db.close();
  }
  return files.migrated;
}

/**
 * Templates of other migrations (other branches, older checkouts) pile up: those not made in
 * the last two days go. A run still using one just makes it again.
 */
function pruneOldTemplates(): void {
  const cutoff = Date.now() - 2 * 24 * 60 * 60 * 1000;
  for (const entry of fs.readdirSync(TEMPLATE_DIR)) {
    const full = path.join(TEMPLATE_DIR, entry);
    if (fs.statSync(full).mtimeMs < cutoff) fs.rmSync(full, { recursive: true, force: true });
  }
}

async function writeDump(db: PGlite, file: string): Promise<void> {
  // The segments from the last checkpoint's to the one being written are all a start reads.
  const { rows } = await db.query<{ first: string; last: string }>(
    `SELECT pg_walfile_name(checkpoint_lsn) AS first, pg_walfile_name(pg_current_wal_insert_lsn()) AS last
       FROM pg_control_checkpoint()`,
  );
  const wal = rows[0];
  if (!wal) throw new Error('PGlite reported no checkpoint');
  const dump = new Uint8Array(await (await db.dumpDataDir('none')).arrayBuffer());
  const partial = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
  fs.writeFileSync(partial, withoutSpareWal(dump, wal.first, wal.last));
  fs.renameSync(partial, file);
}

/**
 * Makes `<dataDir>/pglite` (where the app keeps its embedded database for DATA_DIR=dataDir) a
 * copy of the migrated template, for tests that start the app or the CLI as a process: they
 * skip initdb, which on a directory takes several seconds of CPU. The copy is taken from a
 * directory PGlite unpacked the dump into once.
 */
export async function seedPgliteDataDir(dataDir: string): Promise<void> {
  const key = templateKey();
  const unpacked = path.join(TEMPLATE_DIR, `pglite-${key}.dir`);
  if (!fs.existsSync(unpacked)) {
    const partial = `${unpacked}.${process.pid}-${randomBytes(4).toString('hex')}`;
    const db = await PGlite.create(partial, { loadDataDir: await pgliteTemplate({ migrated: true }) });
    await db.close();
    try {
      fs.renameSync(partial, unpacked);
    } catch (error) {
      // Another run unpacked it first.
      fs.rmSync(partial, { recursive: true, force: true });
      if (!fs.existsSync(unpacked)) throw error;
    }
  }
  fs.cpSync(unpacked, path.join(dataDir, 'pglite'), { recursive: true });
}

const loaded = new Map<string, Blob>();

/** A dump, migrated or only initialised, as PGlite's `loadDataDir` takes it; read once per test file. */
export async function pgliteTemplate(options: { migrated: boolean }): Promise<Blob> {
  const key = templateKey();
  await ensurePgliteTemplate(key);
  const file = pgliteTemplateFile(options.migrated, key);
  let blob = loaded.get(file);
  if (!blob) {
    blob = new BytesBlob(fs.readFileSync(file));
    loaded.set(file, blob);
  }
  return blob;
}

export function postgresTemplateName(key = templateKey()): string {
  return `touchbase_template_${key}`;
}

/**
 * The migrated template database on the server at `serverUrl`, made first when missing.
 * It is migrated under a temporary name and renamed when complete, so a run that dies
 * half-way never leaves a half-migrated template; connections to it are then refused,
 * because `CREATE DATABASE … TEMPLATE` fails while anyone is connected to the template.
 */
export async function ensurePostgresTemplate(serverUrl: string, key = templateKey()): Promise<string> {
  const name = postgresTemplateName(key);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    if (await databaseExists(admin, name)) return name;
    const partial = `${name}_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${partial}`);
    try {
      const url = new URL(serverUrl);
      url.pathname = `/${partial}`;
      const adapter = await openAdapterFactory({ kind: 'postgres', url: url.toString() });
      try {
        await applyMigrations(adapter.driver);
      } finally {
        await adapter.close();
      }
      if (await databaseExists(admin, name)) {
        await admin.query(`DROP DATABASE ${partial} WITH (FORCE)`);
        return name;
      }
      await admin.query(`ALTER DATABASE ${partial} RENAME TO ${name}`);
      await admin.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    } catch (error) {
      await admin.query(`DROP DATABASE IF EXISTS ${partial} WITH (FORCE)`);
      // Another run renamed its copy into place first: theirs serves just as well.
      if (await databaseExists(admin, name)) return name;
      throw error;
    }
    return name;
  } finally {
    await admin.end();
  }
}

async function databaseExists(client: pg.Client, name: string): Promise<boolean> {
  const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  return (found.rowCount ?? 0) > 0;
}
