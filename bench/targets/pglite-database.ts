import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../src/db/database';
import { resolveDatabaseTarget } from '../../src/db/database-target';
import { type GeneratedData, generateData } from '../generate';
import { cleanupOnInterrupt } from '../interrupt';
import type { PreparedDatabase, PrepareOptions } from './prepared-database';
import { makeTempDir } from './temp-dir';

const MARKER = 'bench-data.json';

/**
 * PGlite in a directory the app then opens via DATA_DIR. A temporary directory is
 * removed afterwards; a directory the user names is kept and reused while the sizes
 * match, because generating a million rows into PGlite takes minutes.
 */
export async function preparePglite(
  options: PrepareOptions & { keepDir?: string },
): Promise<PreparedDatabase> {
  const keep = options.keepDir !== undefined;
  const root = keep ? path.resolve(options.keepDir!) : makeTempDir();
  const removeDir = async () => fs.rmSync(root, { recursive: true, force: true });
  const release = keep ? () => undefined : cleanupOnInterrupt(removeDir);
  const remove = async () => {
    release();
    await removeDir();
  };
  const target = resolveDatabaseTarget(undefined, root);
  const env = { DATA_DIR: root };
  const previous = keep ? readMarker(path.join(root, MARKER), options) : undefined;
  if (previous) {
    options.log(`PGlite: reusing ${root} (generated ${previous.anchor.toISOString().slice(0, 10)})`);
    return { kind: 'pglite', env, data: previous, reused: true, dispose: async () => undefined };
  }
  try {
    // A stale marker must not outlive the data it described if this generation is cut short.
    fs.rmSync(path.join(root, MARKER), { force: true });
    if (target.kind === 'pglite' && target.dataDir)
      fs.rmSync(target.dataDir, { recursive: true, force: true });
    options.log(`PGlite: generating into ${root}`);
    const database = await openDatabase(target);
    let data: GeneratedData;
    try {
      data = await generateData(database.sql, options.sizes, {
        batchSize: options.batchSize,
        log: options.log,
      });
    } finally {
      await database.close();
    }
    if (keep) fs.writeFileSync(path.join(root, MARKER), JSON.stringify(data, null, 2));
    return { kind: 'pglite', env, data, reused: false, dispose: keep ? async () => undefined : remove };
  } catch (error) {
    if (!keep) await remove();
    throw error;
  }
}

function readMarker(file: string, options: PrepareOptions): GeneratedData | undefined {
  if (!fs.existsSync(file)) return undefined;
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as GeneratedData & { anchor: string };
  if (JSON.stringify(data.sizes) !== JSON.stringify(options.sizes)) return undefined;
  return { ...data, anchor: new Date(data.anchor) };
}
