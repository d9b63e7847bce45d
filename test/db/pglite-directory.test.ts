import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/db/database';

jest.setTimeout(240_000);

describe('the embedded database directory', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'touchbase-pglite-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('is created on first start, keeps its rows across restarts, and leaves no temporary folders', async () => {
    const dataDir = path.join(root, 'pglite');
    const first = await openDatabase({ kind: 'pglite', dataDir });
    await first.prisma.workspace.create({ data: { slackTeamId: 'T1', name: 'Acme' } });
    await first.close();
    expect(fs.readdirSync(root)).toEqual(['pglite']);

    const again = await openDatabase({ kind: 'pglite', dataDir });
    try {
      expect(await again.prisma.workspace.findMany({ select: { name: true } })).toEqual([{ name: 'Acme' }]);
    } finally {
      await again.close();
    }
  });

  it('recovers from an initialisation a crash left half done', async () => {
    const dataDir = path.join(root, 'pglite');
    const abandoned = `${dataDir}.init-12345-1`;
    fs.mkdirSync(abandoned);
    fs.writeFileSync(path.join(abandoned, 'garbage'), 'half written');
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      expect(await database.ping()).toBe(true);
      expect(fs.existsSync(abandoned)).toBe(false);
    } finally {
      await database.close();
    }
  });

  it('keeps 32 MB of shared buffers, not PostgreSQL’s 128 MB, in the app’s own memory', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(root, 'pglite') });
    try {
      const [row] = await database.sql.query<{ shared_buffers: string }>('SHOW shared_buffers');
      expect(row?.shared_buffers).toBe('32MB');
    } finally {
      await database.close();
    }
  });
});
