import 'dotenv/config';
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { type OpenAdapter, openAdapterFactory } from './src/db/adapter-factory';
import { resolveDatabaseTarget } from './src/db/database-target';

// The Prisma CLI talks to the same database as the app: embedded PGlite under
// DATA_DIR, or DATABASE_URL. The connection opens only when a command needs one
// (generate does not; even a diff of two schema files asks the server's version), because
// an open PGlite keeps the CLI from exiting and only one process may hold its directory.
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  async adapter() {
    const target = resolveDatabaseTarget(process.env.DATABASE_URL, process.env.DATA_DIR ?? './data');
    let opened: Promise<OpenAdapter> | undefined;
    const open = () => {
      opened ??= openAdapterFactory(target);
      return opened;
    };
    return {
      provider: 'postgres' as const,
      adapterName: target.kind === 'postgres' ? '@prisma/adapter-pg' : 'pglite-prisma-adapter',
      connect: async () => (await open()).factory.connect(),
      connectToShadowDb: async () => (await open()).factory.connectToShadowDb(),
    };
  },
});
