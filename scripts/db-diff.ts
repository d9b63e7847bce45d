// Writes a new migration for what changed in prisma/schema.prisma since the last
// migration: `npm run db:diff -- add_team_colour`. Each migration folder keeps the
// schema it was made from (schema.prisma), so the diff is schema-to-schema and
// works offline (Prisma's database-based diffs are unavailable with a driver adapter).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { latestSchemaSnapshot } from '../src/db/schema-snapshot';

const SCHEMA = path.join('prisma', 'schema.prisma');

function main(): void {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error('Usage: npm run db:diff -- <name_in_snake_case>');
    process.exit(1);
  }
  const sql = execFileSync(
    'npx',
    [
      'prisma',
      'migrate',
      'diff',
      '--from-schema-datamodel',
      latestSchemaSnapshot(),
      '--to-schema-datamodel',
      SCHEMA,
      '--script',
    ],
    // The CLI connects even for a schema-to-schema diff: give it a throw-away database.
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: 'memory://' },
    },
  );
  if (!hasStatements(sql)) {
    console.log('prisma/schema.prisma matches the last migration: nothing to write.');
    return;
  }
  const folder = path.join('prisma', 'migrations', `${timestamp()}_${name}`);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'migration.sql'), sql);
  fs.copyFileSync(SCHEMA, path.join(folder, 'schema.prisma'));
  console.log(
    `Wrote ${folder}/migration.sql. Read it, add what Prisma cannot express (functions, triggers), commit both files.`,
  );
}

function hasStatements(sql: string): boolean {
  return sql.split('\n').some((line) => line.trim() !== '' && !line.trim().startsWith('--'));
}

function timestamp(): string {
  return new Date().toISOString().replace(/\D/g, '').slice(0, 14);
}

main();
