import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely } from 'kysely';
import pg from 'pg';
import { lockDataDir, type DataDirLock } from './data-dir-lock.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import { KhienPostgresDialect } from './postgres-driver.ts';
import { redactUrl } from './redact-url.ts';
import type { DB } from './schema.ts';

export type Engine = 'pglite' | 'postgres';

export interface Database {
  readonly db: Kysely<DB>;
  readonly engine: Engine;
  /** Human description for logs and `config print` (no password). */
  readonly description: string;
  close(): Promise<void>;
}

export type DatabaseTarget =
  { kind: 'postgres'; url: string; poolSize?: number } | { kind: 'pglite'; dataDir: string } | { kind: 'pglite-memory' };

// OIDs of the types whose default JavaScript mapping is wrong for us on one engine or the
// other: int8 → number (ledger indices stay far below 2^53), date → 'YYYY-MM-DD' string.
const INT8 = 20;
const DATE = 1082;

/** Open the embedded or the server database. The caller runs migrations (migrate.ts). */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
          if (oid === INT8) return (value: string) => Number(value);
          if (oid === DATE) return (value: string) => value;
          return pg.types.getTypeParser(oid, format);
        }) as typeof pg.types.getTypeParser,
      },
    });
    // An idle pooled connection can die under us (server restart, failover, an administrator
    // terminating it). node-postgres then emits 'error' on the pool, which would crash the
    // process if nobody listened; the pool has already discarded that client and the next query
    // opens a fresh connection, so there is nothing else to do here.
    pool.on('error', () => {});
    const db = new Kysely<DB>({ dialect: new KhienPostgresDialect(pool) });
    return {
      db,
      engine: 'postgres',
      description: redactUrl(target.url),
      close: () => db.destroy(),
    };
  }

  let lock: DataDirLock | undefined;
  let dataDir: string | undefined;
  if (target.kind === 'pglite') {
    dataDir = path.resolve(target.dataDir);
    mkdirSync(dataDir, { recursive: true });
    // PGlite would corrupt its files if two processes opened them: refuse clearly instead.
    lock = await lockDataDir(dataDir);
  }
  try {
    const pglite = await PGlite.create({
      ...(dataDir ? { dataDir: path.join(dataDir, 'pglite') } : {}),
      extensions: { ltree, pg_trgm, unaccent },
      parsers: {
        [INT8]: (value: string) => Number(value),
        [DATE]: (value: string) => value,
      },
    });
    const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
    return {
      db,
      engine: 'pglite',
      description: dataDir ? `PGlite (${dataDir})` : 'PGlite (in memory)',
      close: async () => {
        await db.destroy();
        await pglite.close();
        await lock?.release();
      },
    };
  } catch (error) {
    await lock?.release();
    throw error;
  }
}
