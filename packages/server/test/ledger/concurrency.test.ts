import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import pino from 'pino';
import { signerKeyText } from '@khien/core/ledger';
import { createServices, type Services } from '../../src/app/services.ts';
import { openDatabase } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { makeCheckpoint } from '../../src/ledger/checkpoints.ts';
import { verifyLedger } from '../../src/ledger/verify.ts';
import { testConfig } from '../support/engines.ts';

const WORKER = fileURLToPath(new URL('./support/append-worker.ts', import.meta.url));
const PROCESSES = 4;
const EACH = 50;

/** PostgreSQL only: PGlite is one process's embedded database and cannot be shared. */
describe('concurrency [postgres]: several OS processes appending at once make one gap-free log', () => {
  let services: Services;
  let url: string;
  let name: string;
  let ledgerKey: string;

  before(async () => {
    const adminUrl = process.env.KHIEN_TEST_PG_URL;
    if (!adminUrl) throw new Error('KHIEN_TEST_PG_URL is not set: run the tests with `npm test`.');
    name = `khien_conc_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const target = new URL(adminUrl);
    target.pathname = `/${name}`;
    url = target.toString();
    const database = await openDatabase({ kind: 'postgres', url, poolSize: 3 });
    await migrate(database.db);
    ledgerKey = await signerKeyText('concurrency.khien.local/log', randomBytes(32));
    services = createServices(database, testConfig({ KHIEN_LEDGER_KEY: ledgerKey }), pino({ level: 'silent' }));
  });

  after(async () => {
    await services?.database.close();
    const admin = new pg.Client({ connectionString: process.env.KHIEN_TEST_PG_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  test(`${PROCESSES} processes × ${EACH} commands, with checkpoints signed meanwhile, verify as one linear log`, async () => {
    // Hold the start barrier until every worker has started and queued behind it: process
    // start-up (seconds under load) must not let one worker finish before another begins.
    const barrier = 7_303_001;
    const gate = new pg.Client({ connectionString: url });
    await gate.connect();
    await gate.query('select pg_advisory_lock($1)', [barrier]);
    const runs = Array.from(
      { length: PROCESSES },
      (_, i) =>
        new Promise<{ code: number | null; stderr: string }>((resolve) => {
          const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
            env: {
              ...process.env,
              WORKER_DATABASE_URL: url,
              WORKER_COUNT: String(EACH),
              WORKER_ID: String(i),
              WORKER_LEDGER_KEY: ledgerKey,
              WORKER_BARRIER: String(barrier),
            },
            stdio: ['ignore', 'ignore', 'pipe'],
          });
          let stderr = '';
          child.stderr.on('data', (chunk) => (stderr += chunk));
          child.on('exit', (code) => resolve({ code, stderr }));
        }),
    );
    const waiting = async () =>
      Number(
        (
          await gate.query<{ n: string }>("select count(*) as n from pg_locks where locktype = 'advisory' and objid = $1 and not granted", [
            barrier,
          ])
        ).rows[0]!.n,
      );
    const deadline = Date.now() + 120_000;
    while ((await waiting()) < PROCESSES) {
      assert.ok(Date.now() < deadline, 'every worker reached the start barrier');
      await new Promise((r) => setTimeout(r, 50));
    }
    await gate.query('select pg_advisory_unlock($1)', [barrier]);
    await gate.end();
    // A checkpointer racing the writers, as `khien serve` would run one.
    let checkpointing = true;
    const checkpointer = (async () => {
      while (checkpointing) {
        await makeCheckpoint(services.database.db, await services.logKey(), new Date());
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const results = await Promise.all(runs);
    checkpointing = false;
    await checkpointer;
    for (const r of results) assert.equal(r.code, 0, r.stderr);
    await makeCheckpoint(services.database.db, await services.logKey(), new Date());

    const { db } = services.database;
    const indices = (await db.selectFrom('ledger_entries').select('idx').orderBy('idx').execute()).map((r) => Number(r.idx));
    assert.equal(indices.length, PROCESSES * EACH);
    assert.deepEqual(
      indices,
      Array.from({ length: PROCESSES * EACH }, (_, i) => i),
      'indices are 0..n-1 with no gap',
    );
    const writers = (await db.selectFrom('organisations').select('code').orderBy('created_at').execute()).map((r) => r.code.split('-')[0]);
    assert.ok(new Set(writers.slice(0, EACH)).size > 1, 'the processes really appended concurrently (their events interleave)');
    const report = await verifyLedger(services);
    assert.deepEqual(report.divergences, []);
    assert.equal(report.treeSize, PROCESSES * EACH);
    assert.ok(report.checkpoints >= 2);
  });
});
