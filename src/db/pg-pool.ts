import pg from 'pg';

const NAME_OID = 19;
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function nameColumnsAsText<T>(result: T): T {
  const fields = (result as QueryResultLike | undefined)?.fields;
  if (fields) for (const field of fields) if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  return result;
}

/**
 * adapter-pg 6.19 cannot deserialize PostgreSQL's `name` type (prisma/orm#27403),
 * which Prisma's schema engine reads from the catalogs during migrations. Reporting
 * such columns as `text` is lossless and lets migrate/diff work through the adapter.
 */
export class NameAsTextPool extends pg.Pool {
  // biome-ignore lint/suspicious/noExplicitAny: pg's overloads cannot be re-declared one by one.
  override query(...args: any[]): any {
    // biome-ignore lint/suspicious/noExplicitAny: see above
    const result = (super.query as any)(...args);
    if (result && typeof result.then === 'function') return result.then(nameColumnsAsText);
    return result;
  }
}
