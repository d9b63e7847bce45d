import fs from 'node:fs';
import path from 'node:path';

/** The schema.prisma kept beside the newest migration: the model the database has once migrated. */
export function latestSchemaSnapshot(migrationsDir = path.join('prisma', 'migrations')): string {
  const folders = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const latest = folders.at(-1);
  if (!latest) throw new Error(`No migrations in ${migrationsDir}`);
  const snapshot = path.join(migrationsDir, latest, 'schema.prisma');
  if (!fs.existsSync(snapshot))
    throw new Error(`${snapshot} is missing: every migration keeps the schema it was made from`);
  return snapshot;
}
