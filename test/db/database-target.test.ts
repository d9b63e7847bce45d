import path from 'node:path';
import { DatabaseUrlError, resolveDatabaseTarget } from '../../src/db/database-target';

describe('resolveDatabaseTarget', () => {
  it('uses embedded PGlite under DATA_DIR when DATABASE_URL is unset or empty', () => {
    expect(resolveDatabaseTarget(undefined, './data')).toEqual({
      kind: 'pglite',
      dataDir: path.resolve('data', 'pglite'),
    });
    expect(resolveDatabaseTarget('  ', '/srv/tb')).toEqual({ kind: 'pglite', dataDir: '/srv/tb/pglite' });
  });

  it('keeps the embedded database in memory for memory://', () => {
    expect(resolveDatabaseTarget(undefined, 'memory://')).toEqual({ kind: 'pglite', dataDir: null });
  });

  it('uses a PostgreSQL server for postgresql:// and postgres:// URLs', () => {
    expect(resolveDatabaseTarget('postgresql://u:p@db:5432/tb', './data')).toEqual({
      kind: 'postgres',
      url: 'postgresql://u:p@db:5432/tb',
    });
    expect(resolveDatabaseTarget('postgres://db/tb', './data').kind).toBe('postgres');
  });

  it('refuses any other URL with a message that says what to do', () => {
    expect(() => resolveDatabaseTarget('mysql://db/tb', './data')).toThrow(DatabaseUrlError);
    expect(() => resolveDatabaseTarget('file:./dev.db', './data')).toThrow(/must start with postgresql:\/\//);
  });
});
