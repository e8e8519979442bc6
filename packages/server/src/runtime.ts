import pino, { type Logger } from 'pino';
import { createServices, type Services } from './app/services.ts';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';

export function createLogger(config: Config): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'khien' },
    // Personal data never goes to logs: request logs carry ids, not bodies or cookies.
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'], censor: '***' },
  });
}

/** Open the configured database: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ kind: 'postgres', url: config.databaseUrl, poolSize: config.dbPoolSize })
    : openDatabase({ kind: 'pglite', dataDir: config.dataDir });
}

/** Open, migrate, and wire the services: what `serve` and most CLI commands start with. */
export async function startServices(config: Config, logger = createLogger(config), options: { migrate?: boolean } = {}): Promise<Services> {
  const database = await openConfiguredDatabase(config);
  try {
    if (options.migrate !== false) {
      const applied = await migrate(database.db);
      if (applied.length) logger.info({ applied }, 'migrations applied');
    }
    return createServices(database, config, logger);
  } catch (error) {
    await database.close();
    throw error;
  }
}
