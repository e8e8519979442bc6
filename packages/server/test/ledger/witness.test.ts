import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { openCheckpoint, signerKeyText } from '@khien/core/ledger';
import { issueApiToken } from '../../src/app/accounts/api-tokens.ts';
import { systemActor } from '../../src/app/command.ts';
import { addWitnessedLog } from '../../src/app/ledger/add-witnessed-log.ts';
import { trustWitness } from '../../src/app/ledger/trust-witness.ts';
import { witnessLog } from '../../src/app/ledger/witness-log.ts';
import { createServices, type Services } from '../../src/app/services.ts';
import { migrate } from '../../src/db/migrate.ts';
import { buildApp } from '../../src/http/app.ts';
import { makeCheckpoint } from '../../src/ledger/checkpoints.ts';
import { verifyLedger } from '../../src/ledger/verify.ts';
import { loadWitnessKey, WITNESS_KEY_FILE, type WitnessKey } from '../../src/ledger/witness-key.ts';
import { witnessDb } from '../../src/ledger/witness-tables.ts';
import { describeOnEngines, freshDatabase, testConfig } from '../support/engines.ts';
import { buildAccount, buildOrganisation, PASSWORD } from '../support/factories.ts';
import { logIn } from '../support/client.ts';

/**
 * Two instances in one process, over real HTTP: the log (a provincial department) served with
 * app.listen on 127.0.0.1, and a witness (the superior agency) with its own database calling it
 * with an API token — then a third instance holding the same signing key but a different
 * history (a fork), which the witness must refuse and report.
 */
describeOnEngines('witness: fetch, verify, cosign and return; refuse forks', (ctx) => {
  let logApp: FastifyInstance;
  let logUrl: string;
  let witness: Services;
  let witnessKey: WitnessKey;
  let dataDir: string;
  let token: string;
  let origin: string;
  const cleanups: Array<() => Promise<unknown>> = [];

  async function addEvents(services: Services, n: number): Promise<number> {
    for (let i = 0; i < n; i++) await buildOrganisation(services);
    return (await makeCheckpoint(services.database.db, await services.logKey(), services.now()))!.size;
  }

  async function serve(services: Services): Promise<string> {
    const app = await buildApp(services);
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    cleanups.push(() => app.close());
    return address;
  }

  before(async () => {
    const log = ctx().services;
    logApp = await buildApp(log);
    logUrl = await logApp.listen({ host: '127.0.0.1', port: 0 });
    origin = (await log.logKey()).origin;
    const account = await buildAccount(log, { username: 'witness.bot' });
    token = (await issueApiToken(log, { ...systemActor(), accountId: account.id, roles: [] }, { name: 'witness' })).token;

    dataDir = mkdtempSync(path.join(tmpdir(), 'khien-witness-'));
    const database = await freshDatabase(ctx().engine);
    await migrate(database.db);
    const ownKey = await signerKeyText('witness.khien.local/log', randomBytes(32));
    witness = createServices(database, testConfig({ KHIEN_DATA_DIR: dataDir, KHIEN_LEDGER_KEY: ownKey }), pino({ level: 'silent' }));
    witnessKey = await loadWitnessKey(witness.config);
  });

  after(async () => {
    for (const cleanup of cleanups) await cleanup();
    await logApp?.close();
    await witness?.database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('the witness key is created on first use in the data dir, mode 0600, and is a cosignature/v1 key', async () => {
    assert.equal(statSync(path.join(dataDir, WITNESS_KEY_FILE)).mode & 0o777, 0o600);
    const material = Buffer.from(witnessKey.verifierKey.split('+')[2]!, 'base64');
    assert.equal(material[0], 0x04, 'type byte 0x04 (cosignature/v1) opens the key material');
    assert.equal((await loadWitnessKey(witness.config)).verifierKey, witnessKey.verifierKey, 'the same key next time');
  });

  test('registration: only a log key (0x01) may be watched, only a witness key (0x04) may be trusted', async () => {
    const log = ctx().services;
    await assert.rejects(
      trustWitness(log, systemActor(), { label: 'Sai loại', verifierKey: (await log.logKey()).verifierKey }),
      /ledger.bad_key/,
    );
    await assert.rejects(
      addWitnessedLog(witness, systemActor(), { origin, verifierKey: witnessKey.verifierKey, url: logUrl }),
      /ledger.bad_key/,
    );
    await trustWitness(log, systemActor(), { label: 'UBND tỉnh Hòa Sơn', verifierKey: witnessKey.verifierKey });
    await addWitnessedLog(witness, systemActor(), { origin, verifierKey: (await log.logKey()).verifierKey, url: logUrl });
  });

  test('first run: the witness verifies the checkpoint, cosigns it, and the log serves the cosignature', async () => {
    const log = ctx().services;
    const size = await addEvents(log, 5);
    const result = await witnessLog(witness, origin, { token });
    assert.equal(result.status, 'cosigned');
    assert.equal(result.size, size);
    assert.equal(result.submitted, true);

    const admin = await buildAccount(log, { username: 'witness.reader' });
    const client = await logIn(logApp, admin.username, PASSWORD);
    const served = (await client.get('/ledger/checkpoint')).json();
    assert.deepEqual(served.cosignatures, [result.cosignature]);
    const opened = await openCheckpoint(served.note, [served.verifierKey, witnessKey.verifierKey]);
    assert.equal(opened.cosignatures.length, 1, 'the served note carries a valid cosignature by the witness key');
    assert.equal(opened.cosignatures[0]!.name, witnessKey.verifierKey.split('+')[0]);

    const again = await witnessLog(witness, origin, { token });
    assert.equal(again.status, 'up_to_date');
  });

  test('later runs check a consistency proof from the last cosigned size; the log still verifies with its cosignatures', async () => {
    const log = ctx().services;
    const before = (
      await witness.database.db.selectFrom('witnessed_logs').select('last_size').where('origin', '=', origin).executeTakeFirstOrThrow()
    ).last_size;
    const size = await addEvents(log, 7);
    const result = await witnessLog(witness, origin, { token });
    assert.equal(result.previousSize, Number(before));
    assert.equal(result.size, size);
    const report = await verifyLedger(log);
    assert.deepEqual(report.divergences, []);
    assert.equal(report.cosignatures, 2);
  });

  test('the log refuses cosignatures that are malformed, untrusted, or over another checkpoint', async () => {
    const log = ctx().services;
    const admin = await buildAccount(log, { username: 'witness.admin', roles: ['system_admin'] });
    const client = await logIn(logApp, admin.username, PASSWORD);
    const latest = (await client.get('/ledger/checkpoint')).json();
    const line = latest.cosignatures[0] as string;
    const first = await log.database.db.selectFrom('ledger_checkpoints').select('size').orderBy('size').limit(1).executeTakeFirstOrThrow();
    const otherCheckpoint = await client.post('/ledger/cosignatures', { size: Number(first.size), cosignature: line });
    assert.equal(otherCheckpoint.statusCode, 422, 'a cosignature of the latest checkpoint does not cover an earlier one');
    assert.equal(otherCheckpoint.json().code, 'ledger.bad_cosignature');
    const missing = await client.post('/ledger/cosignatures', { size: latest.size + 1000, cosignature: line });
    assert.equal(missing.statusCode, 404);
    const flipped = line.slice(0, -6) + (line.at(-6) === 'A' ? 'B' : 'A') + line.slice(-5);
    const forged = await client.post('/ledger/cosignatures', { size: latest.size, cosignature: flipped });
    assert.equal(forged.statusCode, 422);
    assert.equal(forged.json().code, 'ledger.bad_cosignature');
    const strangerLine = line.replace(/^— \S+/u, '— stranger.example/witness');
    const untrusted = await client.post('/ledger/cosignatures', { size: latest.size, cosignature: strangerLine });
    assert.equal(untrusted.statusCode, 422);
    assert.equal(untrusted.json().code, 'ledger.untrusted_witness');
    assert.equal(
      (await client.post('/ledger/cosignatures', { size: latest.size, cosignature: 'nonsense' })).json().code,
      'ledger.bad_cosignature',
    );
    const trustedList = (await client.get('/ledger/witnesses')).json();
    assert.equal(trustedList[0].verifierKey, witnessKey.verifierKey);
  });

  test('a fork — same key, same size, another root — is refused, logged as an alarm, and the witness state is kept', async () => {
    const log = ctx().services;
    const state = await witness.database.db.selectFrom('witnessed_logs').selectAll().where('origin', '=', origin).executeTakeFirstOrThrow();
    const seen = Number(state.last_size);

    // An operator restores another history and keeps signing with the log's key.
    const forkDb = await freshDatabase(ctx().engine);
    cleanups.push(() => forkDb.close());
    await migrate(forkDb.db);
    const fork = createServices(forkDb, log.config, pino({ level: 'silent' }));
    const forkToken = (
      await issueApiToken(
        fork,
        { ...systemActor(), accountId: (await buildAccount(fork, { username: 'witness.bot' })).id, roles: [] },
        { name: 'w' },
      )
    ).token;
    await addEvents(fork, seen - 2); // two accounts' events already there
    assert.equal((await makeCheckpoint(fork.database.db, await fork.logKey(), fork.now()))!.size, seen);
    const forkUrl = await serve(fork);
    await addWitnessedLog(witness, systemActor(), { origin, verifierKey: (await log.logKey()).verifierKey, url: forkUrl });

    await assert.rejects(
      witnessLog(witness, origin, { token: forkToken }),
      (error: Error & { code?: string }) => error.code === 'ledger.fork_detected',
    );
    let alarms = await witnessDb(witness.database.db).selectFrom('witness_alarms').selectAll().execute();
    assert.equal(alarms.length, 1);
    assert.equal(alarms[0]!.code, 'ledger.fork_detected');
    assert.equal(Number(alarms[0]!.previous_size), seen);
    assert.match(alarms[0]!.evidence, new RegExp(`^${origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\n${seen}\n`, 'u'));

    // A longer forked history: its consistency proof cannot connect to what the witness saw.
    await addEvents(fork, 3);
    await assert.rejects(
      witnessLog(witness, origin, { token: forkToken }),
      (error: Error & { code?: string }) => error.code === 'ledger.inconsistent_proof',
    );
    alarms = await witnessDb(witness.database.db).selectFrom('witness_alarms').selectAll().orderBy('created_at').execute();
    assert.deepEqual(
      alarms.map((a) => a.code),
      ['ledger.fork_detected', 'ledger.inconsistent_proof'],
    );
    const after = await witness.database.db.selectFrom('witnessed_logs').selectAll().where('origin', '=', origin).executeTakeFirstOrThrow();
    assert.equal(Number(after.last_size), seen, 'a refused checkpoint never moves the witness on');
    assert.deepEqual(Buffer.from(after.last_root!), Buffer.from(state.last_root!));

    // Back to the honest log: the witness carries on.
    await addWitnessedLog(witness, systemActor(), { origin, verifierKey: (await log.logKey()).verifierKey, url: logUrl });
    await addEvents(log, 1);
    assert.equal((await witnessLog(witness, origin, { token })).status, 'cosigned');
  });
});
