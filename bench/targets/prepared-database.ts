import type { DataSizes, GeneratedData } from '../generate';

export type DatabaseKind = 'pglite' | 'postgres';

/** A database filled with benchmark data, and how the app is pointed at it. */
export interface PreparedDatabase {
  kind: DatabaseKind;
  /** DATABASE_URL / DATA_DIR for loadEnv. */
  env: Record<string, string>;
  data: GeneratedData;
  /** True when an earlier run's PGlite directory was reused instead of generated. */
  reused: boolean;
  dispose(): Promise<void>;
}

export interface PrepareOptions {
  sizes: DataSizes;
  batchSize: number;
  log: (line: string) => void;
}
