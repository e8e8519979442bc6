import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { loadLogKey, type LogKey } from '../ledger/signing-key.ts';

/**
 * What every use case may use. Passed explicitly (no process-wide singletons) so that tests
 * run several apps side by side, one per engine, with a fixed clock where they need one.
 */
export interface Services {
  database: Database;
  config: Config;
  logger: Logger;
  now(): Date;
  newId(): string;
  /** The ledger's signing key, loaded (or created) on first use. */
  logKey(): Promise<LogKey>;
}

export function createServices(database: Database, config: Config, logger: Logger, overrides: Partial<Services> = {}): Services {
  let key: Promise<LogKey> | undefined;
  return {
    database,
    config,
    logger,
    now: () => new Date(),
    newId: () => randomUUID(),
    logKey: () => (key ??= loadLogKey(config)),
    ...overrides,
  };
}
