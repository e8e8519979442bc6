import { randomBytes } from 'node:crypto';
import { after, before, describe } from 'node:test';
import pg from 'pg';
import { signerKeyText } from '@khien/core/ledger';
import pino from 'pino';
import { loadConfig, type Config } from '../../src/config.ts';
import { openDatabase, type Database, type Engine } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createServices, type Services } from '../../src/app/services.ts';

/**
 * Run a suite once per engine: embedded PGlite (in memory) and the real PostgreSQL server the
 * test runner started (KHIEN_TEST_PG_URL). Each suite gets its own fresh, migrated database.
 */
export const ENGINES: Engine[] = ['pglite', 'postgres'];

export async function freshDatabase(engine: Engine): Promise<Database> {
  if (engine === 'pglite') return openDatabase({ kind: 'pglite-memory' });
  const adminUrl = process.env.KHIEN_TEST_PG_URL;
  if (!adminUrl) throw new Error('KHIEN_TEST_PG_URL is not set: run the tests with `npm test` (it starts PostgreSQL).');
  const name = `khien_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  const close = database.close;
  return {
    ...database,
    close: async () => {
      await close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ KHIEN_DATA_DIR: '/tmp/khien-test-unused', KHIEN_LOG_LEVEL: 'silent', ...overrides });
}

export interface EngineContext {
  engine: Engine;
  services: Services;
}

export function describeOnEngines(
  name: string,
  body: (ctx: () => EngineContext) => void,
  options: { config?: Record<string, string>; services?: Partial<Services> } = {},
): void {
  for (const engine of ENGINES) {
    describe(`${name} [${engine}]`, () => {
      let ctx: EngineContext | undefined;
      before(async () => {
        const database = await freshDatabase(engine);
        await migrate(database.db);
        // Each suite signs its ledger with its own key (no key file is written).
        const ledgerKey = await signerKeyText('test.khien.local/log', randomBytes(32));
        const config = testConfig({ KHIEN_LEDGER_KEY: ledgerKey, ...options.config });
        ctx = { engine, services: createServices(database, config, pino({ level: 'silent' }), options.services) };
      });
      after(async () => {
        await ctx?.services.database.close();
      });
      body(() => {
        if (!ctx) throw new Error('engine context not ready');
        return ctx;
      });
    });
  }
}
