import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { latestSchemaSnapshot } from '../../src/db/schema-snapshot';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');

describe('prisma/schema.prisma', () => {
  it('has no change that a migration does not carry (npm run db:diff writes one)', async () => {
    const result = await run(
      'npx',
      [
        'prisma',
        'migrate',
        'diff',
        '--from-schema-datamodel',
        latestSchemaSnapshot(path.join(ROOT, 'prisma', 'migrations')),
        '--to-schema-datamodel',
        path.join(ROOT, 'prisma', 'schema.prisma'),
        '--script',
      ],
      { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: '', DATA_DIR: 'memory://' } },
    );
    expect(result.stdout).toContain('This is an empty migration.');
  });
});
