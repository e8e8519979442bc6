/**
 * One OS process of the concurrency test: opens the shared PostgreSQL and appends COUNT events
 * through the real command path (runCommand → ledger append → projector), one per command.
 * All workers start appending together (WORKER_BARRIER), so their events really interleave.
 */
import { sql } from 'kysely';
import pino from 'pino';
import { createServices } from '../../../src/app/services.ts';
import { openDatabase } from '../../../src/db/database.ts';
import { buildOrganisation } from '../../support/factories.ts';
import { testConfig } from '../../support/engines.ts';

const url = process.env.WORKER_DATABASE_URL!;
const count = Number(process.env.WORKER_COUNT ?? 50);
const worker = process.env.WORKER_ID ?? '0';
const database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
const services = createServices(database, testConfig({ KHIEN_LEDGER_KEY: process.env.WORKER_LEDGER_KEY! }), pino({ level: 'silent' }));
try {
  // Start barrier: wait, connected and ready, until the test releases every worker at once
  // (it holds this advisory lock exclusively until all of them are queued behind it).
  const barrier = Number(process.env.WORKER_BARRIER);
  if (barrier) {
    await sql`select pg_advisory_lock_shared(${barrier})`.execute(database.db);
    await sql`select pg_advisory_unlock_shared(${barrier})`.execute(database.db);
  }
  for (let i = 0; i < count; i++) await buildOrganisation(services, { code: `W${worker}-${i}`, name: `Đơn vị ${worker}-${i}` });
} finally {
  await database.close();
}
