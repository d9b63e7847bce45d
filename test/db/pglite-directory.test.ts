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

  // One test, because each new directory costs an initdb of several CPU seconds.
  it('is created on first start (clearing an initialisation a crash left half done), keeps its rows across restarts with 32 MB of shared buffers, and leaves no temporary folders', async () => {
    const dataDir = path.join(root, 'pglite');
    const abandoned = `${dataDir}.init-12345-1`;
    fs.mkdirSync(abandoned);
    fs.writeFileSync(path.join(abandoned, 'garbage'), 'half written');
    const first = await openDatabase({ kind: 'pglite', dataDir });
    expect(await first.ping()).toBe(true);
    await first.prisma.workspace.create({ data: { slackTeamId: 'T1', name: 'Acme' } });
    await first.close();
    expect(fs.readdirSync(root)).toEqual(['pglite']);

    const again = await openDatabase({ kind: 'pglite', dataDir });
    try {
      expect(await again.prisma.workspace.findMany({ select: { name: true } })).toEqual([{ name: 'Acme' }]);
      // 32 MB of shared buffers, not PostgreSQL's 128 MB, in the app's own memory.
      const [row] = await again.sql.query<{ shared_buffers: string }>('SHOW shared_buffers');
      expect(row?.shared_buffers).toBe('32MB');
    } finally {
      await again.close();
    }
  });
});
