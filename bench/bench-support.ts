import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { signerKeyText } from '@khien/core/ledger';
import { createServices, type Services } from '../packages/server/src/app/services.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { openDatabase, type Engine } from '../packages/server/src/db/database.ts';
import { migrate } from '../packages/server/src/db/migrate.ts';
import pg from 'pg';

/** One benchmark result line: printed as JSON and collected into bench/results/latest.json. */
export interface BenchResult {
  bench: string;
  engine?: Engine | 'node';
  [key: string]: unknown;
}

export type Emit = (result: BenchResult) => void;

/** A fresh, migrated database on the engine, with services signing as a bench log. */
export async function freshServices(
  engine: Engine,
  pgAdminUrl: string | undefined,
): Promise<{ services: Services; close: () => Promise<void> }> {
  let database;
  let drop = async () => {};
  if (engine === 'pglite') {
    database = await openDatabase({ kind: 'pglite-memory' });
  } else {
    if (!pgAdminUrl) throw new Error('no PostgreSQL');
    const name = `khien_bench_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: pgAdminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(pgAdminUrl);
    url.pathname = `/${name}`;
    database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
    drop = async () => {
      const c = new pg.Client({ connectionString: pgAdminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  await migrate(database.db);
  const key = await signerKeyText('bench.khien.local/log', randomBytes(32));
  const services = createServices(
    database,
    loadConfig({ KHIEN_LEDGER_KEY: key, KHIEN_DATA_DIR: '/tmp/khien-bench-unused', KHIEN_LOG_LEVEL: 'silent' }),
    pino({ level: 'silent' }),
  );
  return {
    services,
    close: async () => {
      await database.close();
      await drop();
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export const round = (x: number, digits = 3) => Number(x.toFixed(digits));
