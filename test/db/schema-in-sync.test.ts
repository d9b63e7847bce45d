import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { latestSchemaSnapshot } from '../../src/db/schema-snapshot';
import { seedPgliteDataDir } from '../support/database-template';
import { postgresUrl } from '../support/test-database';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');

describe('prisma/schema.prisma', () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchbase-diff-'));
    // Prisma connects even to compare two schema files (it asks the server's version):
    // embedded, to a copy of the migrated template rather than an initdb in memory, which
    // took twice the CPU and 700 MB.
    if (!postgresUrl) await seedPgliteDataDir(dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('has no change that a migration does not carry (npm run db:diff writes one)', async () => {
    // The CLI's entry point itself: npx would first look for the package and start a second node.
    const result = await run(
      process.execPath,
      [
        require.resolve('prisma/build/index.js'),
        'migrate',
        'diff',
        '--from-schema-datamodel',
        latestSchemaSnapshot(path.join(ROOT, 'prisma', 'migrations')),
        '--to-schema-datamodel',
        path.join(ROOT, 'prisma', 'schema.prisma'),
        '--script',
      ],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: postgresUrl ?? '', DATA_DIR: dir },
      },
    );
    expect(result.stdout).toContain('This is an empty migration.');
  });
});
