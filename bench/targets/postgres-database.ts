import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../../src/db/database';
import { type GeneratedData, generateData } from '../generate';
import { cleanupOnInterrupt } from '../interrupt';
import type { PreparedDatabase, PrepareOptions } from './prepared-database';

/** A fresh database on the server for this run, dropped by `dispose` whatever happened. */
export async function preparePostgres(
  options: PrepareOptions & { serverUrl: string },
): Promise<PreparedDatabase> {
  const name = `touchbase_bench_${randomBytes(4).toString('hex')}`;
  await admin(options.serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(options.serverUrl);
  url.pathname = `/${name}`;
  const dropDatabase = () => admin(options.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  const release = cleanupOnInterrupt(dropDatabase);
  const drop = async () => {
    release();
    await dropDatabase();
  };
  try {
    options.log(`PostgreSQL: generating into database ${name}`);
    const database = await openDatabase({ kind: 'postgres', url: url.toString() });
    let data: GeneratedData;
    try {
      data = await generateData(database.sql, options.sizes, {
        batchSize: options.batchSize,
        log: options.log,
      });
    } finally {
      await database.close();
    }
    return { kind: 'postgres', env: { DATABASE_URL: url.toString() }, data, reused: false, dispose: drop };
  } catch (error) {
    await drop();
    throw error;
  }
}

async function admin(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
